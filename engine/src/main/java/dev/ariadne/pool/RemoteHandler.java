package dev.ariadne.pool;

import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/** What a worker process does: takes setups (one per tag, replayed to every new worker) and runs tasks. */
public interface RemoteHandler {
    /** Prepares for the tasks of a tag (e.g. compiles its program). */
    void setup(String tag, byte[] setup) throws Exception;

    /** Runs one encoded task; {@code cancelled} says when to stop early. */
    byte[] run(byte[] task, BooleanSupplier cancelled) throws Exception;

    /**
     * Given, before any task, where lines a task prints go: to the coordinator, tagged with
     * the running task, ahead of its result.
     */
    default void setOutput(Consumer<String> sink) {
    }
}
