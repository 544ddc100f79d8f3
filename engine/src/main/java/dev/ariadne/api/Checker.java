package dev.ariadne.api;

import dev.ariadne.explore.CheckResult;
import dev.ariadne.explore.ExpandHandler;
import dev.ariadne.explore.ExploreOptions;
import dev.ariadne.explore.Explorer;
import dev.ariadne.explore.MemoryStateStore;
import dev.ariadne.explore.StateStore;
import dev.ariadne.lang.compile.Program;
import dev.ariadne.pool.EventRouter;
import dev.ariadne.pool.ThreadWorkerPool;

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
                                    Consumer<Explorer.Progress> progress) {
        return check(program, workers, options, store, progress, null);
    }

    /** As above; {@code printer} receives what the model prints. */
    public static CheckResult check(Program program, int workers, ExploreOptions options, StateStore store,
                                    Consumer<Explorer.Progress> progress, Consumer<String> printer) {
        EventRouter router = new EventRouter();
        try (ThreadWorkerPool pool = new ThreadWorkerPool(workers, ExpandHandler::new, router)) {
            Explorer e = new Explorer(program, store, pool, router, "check", options, b -> b, 0, printer);
            e.onProgress(progress);
            return e.run();
        }
    }
}
