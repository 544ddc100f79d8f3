package dev.ariadne.api;

import dev.ariadne.result.CheckResult;
import dev.ariadne.expand.Batch;
import dev.ariadne.expand.BatchResult;
import dev.ariadne.expand.ExpandHandler;
import dev.ariadne.explore.Explorer;
import dev.ariadne.expand.remote.RemoteTaskCodec;
import dev.ariadne.expand.remote.RunSetup;
import dev.ariadne.expand.remote.WorkerMain;
import dev.ariadne.lang.compile.Program;
import dev.ariadne.pool.EventRouter;
import dev.ariadne.pool.ProcessWorkerPool;
import dev.ariadne.pool.WorkerLauncher;
import dev.ariadne.snapshot.StateCodec;
import dev.ariadne.pool.ThreadWorkerPool;
import dev.ariadne.pool.WorkerPool;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * One invocation of the checker: one bounded worker pool shared by every run it starts
 * (a {@code --const} matrix), each run with its own coordinator thread and tag.
 */
public final class Invocation implements AutoCloseable {
    private final EventRouter<Batch, BatchResult> router = new EventRouter<>();
    private final WorkerPool<Batch, BatchResult> pool;
    private final List<CheckRun> runs = new ArrayList<>();

    public Invocation(int workers, Isolation isolation) {
        this(workers, isolation, ProcessWorkerPool.Options.defaults(), notice -> { });
    }

    /** With {@code notices} told what the pool did about its workers (a death, a hang), one line each. */
    public Invocation(int workers, Isolation isolation, Consumer<String> notices) {
        this(workers, isolation, ProcessWorkerPool.Options.defaults(), notices);
    }

    /** With process isolation, {@code options} say how the worker JVMs are treated. */
    public Invocation(int workers, Isolation isolation, ProcessWorkerPool.Options options) {
        this(workers, isolation, options, notice -> { });
    }

    private Invocation(int workers, Isolation isolation, ProcessWorkerPool.Options options, Consumer<String> notices) {
        this(workers, defaultJvms(workers), isolation, options, notices, launcher());
    }

    /**
     * With process isolation, the workers run in {@code jvms} worker JVMs, which come from
     * {@code launcher} (some perhaps started early).
     */
    Invocation(int workers, int jvms, Isolation isolation, Consumer<String> notices, WorkerLauncher launcher) {
        this(workers, jvms, isolation, ProcessWorkerPool.Options.defaults(), notices, launcher);
    }

    private Invocation(int workers, int jvms, Isolation isolation, ProcessWorkerPool.Options options,
                       Consumer<String> notices, WorkerLauncher launcher) {
        this.pool = isolation == Isolation.PROCESS
                ? new ProcessWorkerPool<>(workers, jvms, launcher, new RemoteTaskCodec(), router, options)
                : new ThreadWorkerPool<>(workers, ExpandHandler::new, router);
        pool.onNotice(notices);
    }

    /**
     * How many worker JVMs run {@code workers} workers when the user does not say: one per
     * {@value #WORKERS_PER_JVM} workers. A JVM of its own per worker would compile the engine once per
     * worker, on the same cores the workers need (measured in docs/benchmarks.md).
     */
    public static int defaultJvms(int workers) {
        return Math.max(1, (workers + WORKERS_PER_JVM - 1) / WORKERS_PER_JVM);
    }

    /** The workers one worker JVM runs by default. */
    public static final int WORKERS_PER_JVM = 4;

    /** How this engine's worker JVMs are started. */
    static WorkerLauncher launcher() {
        return new WorkerLauncher(WorkerMain.class.getName(), List.of());
    }

    public WorkerPool<Batch, BatchResult> pool() {
        return pool;
    }

    /** Starts a run; its coordinator runs on a thread of its own. */
    public synchronized CheckRun start(RunSpec spec) {
        Program prog = spec.program();
        java.nio.file.Path dir = spec.store().directory();
        pool.setup(spec.tag(), () -> RunSetup.of(spec.tag(), prog.fileName(), prog.source().text(), prog.overrides(),
                prog.hash(), StateCodec.FORMAT_VERSION, spec.options(),
                dir == null ? null : dir.toAbsolutePath().toString()).encode());
        if (spec.printer() != null) {
            router.registerPrinter(spec.tag(), spec.printer()); // what the model prints in worker processes
        }
        Explorer e = new Explorer(spec.program(), spec.store(), pool, router, spec.tag(), spec.options(),
                spec.priority(), spec.printer());
        e.onProgress(spec.progress());
        CheckRun run = new CheckRun(spec, e);
        runs.add(run);
        Thread t = new Thread(() -> {
            try {
                CheckResult r = e.run();
                run.complete(r);
            } catch (Throwable ex) {
                run.fail(ex);
            }
        }, "ariadne-coordinator-" + spec.tag());
        t.setDaemon(true);
        t.start();
        return run;
    }

    /** Asks every run to stop resumably. */
    public synchronized void stopAll() {
        runs.forEach(CheckRun::requestStop);
    }

    @Override
    public void close() {
        pool.shutdownNow();
        try {
            pool.awaitTermination(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
