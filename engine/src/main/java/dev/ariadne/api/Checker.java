package dev.ariadne.api;

import dev.ariadne.result.Progress;
import dev.ariadne.result.CheckResult;
import dev.ariadne.expand.ExploreOptions;
import dev.ariadne.storage.MemoryStateStore;
import dev.ariadne.storage.StateStore;
import dev.ariadne.lang.compile.Program;

import java.util.function.Consumer;

/** Runs one check of a loaded program with thread workers: the simplest way to use the engine. */
public final class Checker {
    private Checker() {
    }

    /** Checks with {@code workers} threads, keeping the states in memory. */
    public static CheckResult check(Program program, int workers, ExploreOptions options) {
        return check(program, workers, options, new MemoryStateStore(), p -> { });
    }

    public static CheckResult check(Program program, int workers, ExploreOptions options, StateStore store,
                                    Consumer<Progress> progress) {
        return check(program, workers, options, store, progress, null);
    }

    /** As above; {@code printer} receives what the model prints. */
    public static CheckResult check(Program program, int workers, ExploreOptions options, StateStore store,
                                    Consumer<Progress> progress, Consumer<String> printer) {
        try (Invocation inv = new Invocation(workers, Isolation.THREAD)) {
            return inv.start(new RunSpec("check", program, store, options, 0, printer, progress)).await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while checking", e);
        }
    }
}
