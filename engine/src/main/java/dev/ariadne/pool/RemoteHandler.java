package dev.ariadne.pool;

import java.util.function.BooleanSupplier;

/** What a worker process does: takes setups (one per tag, replayed to every new worker) and runs tasks. */
public interface RemoteHandler {
    /** Prepares for the tasks of a tag (e.g. compiles its program). */
    void setup(String tag, byte[] setup) throws Exception;

    /** Runs one encoded task; {@code cancelled} says when to stop early. */
    byte[] run(byte[] task, BooleanSupplier cancelled) throws Exception;
}
