package dev.ariadne.api;

import dev.ariadne.explore.TraceBuilder;
import dev.ariadne.pool.WorkerLauncher;
import dev.ariadne.expand.ExploreOptions;
import dev.ariadne.lang.compile.Program;
import dev.ariadne.result.CheckResult;
import dev.ariadne.result.Progress;
import dev.ariadne.result.Status;
import dev.ariadne.result.Violation;
import dev.ariadne.storage.Checkpoint;
import dev.ariadne.storage.DurableStore;
import dev.ariadne.storage.StateStore;
import dev.ariadne.storage.StorageException;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * One session of one or more runs (a check, a {@code --const} matrix, a resume): their
 * stores open, started together on one worker pool, awaited, then reported. Every
 * session ends with a checkpoint of each run, after which its verdict and violations are
 * saved in its store too, so {@code trace} finds them without exploring.
 */
public final class Session implements AutoCloseable {
    /**
     * One run of the session.
     *
     * @param label     its constants in a matrix ({@code N=3}), or null for a lone run
     * @param model     the model's file name as given
     * @param store     where its states go: a durable store in {@code directory}, or one in memory
     * @param directory its run directory, or null in memory
     * @param stored    for a resume, the run directory as opened, else null
     */
    public record Run(String label, String model, Program program, StateStore store, Path directory,
                      ExploreOptions options, StoredRun stored) {
        String tag() {
            return label == null ? "run" : label;
        }
    }

    private final List<Run> runs;
    private final int workers;
    private final int jvms;
    private final Isolation isolation;
    private final Consumer<String> printer;
    private final BiConsumer<String, Progress> progress;
    private final Consumer<String> notices;
    private final List<CheckRun> started = new ArrayList<>();
    private Invocation invocation;
    /** Where worker JVMs come from (some started early), or null for a new launcher. */
    private final WorkerLauncher launcher;
    private boolean stopRequested;

    Session(List<Run> runs, int workers, int jvms, Isolation isolation, Consumer<String> printer,
            BiConsumer<String, Progress> progress, Consumer<String> notices, WorkerLauncher launcher) {
        this.launcher = launcher != null ? launcher : Invocation.launcher();
        this.runs = List.copyOf(runs);
        this.workers = workers;
        this.jvms = jvms;
        this.isolation = isolation;
        this.printer = printer;
        this.progress = progress;
        this.notices = notices;
    }

    public List<Run> runs() {
        return runs;
    }

    public int workers() {
        return workers;
    }

    public Isolation isolation() {
        return isolation;
    }

    /** Starts every run, each with its own coordinator thread, on one worker pool. */
    public synchronized void start() {
        if (invocation != null) {
            throw new IllegalStateException("the session has started already");
        }
        invocation = new Invocation(workers, jvms, isolation, notices, launcher);
        for (int i = 0; i < runs.size(); i++) {
            Run r = runs.get(i);
            RunSpec.Builder spec = RunSpec.of(r.program()).tag(r.tag()).store(r.store()).options(r.options())
                    .priority(i).printer(printer);
            if (progress != null) {
                spec.progress(p -> progress.accept(r.label(), p));
            }
            CheckRun run = invocation.start(spec.build());
            started.add(run);
            if (stopRequested) {
                run.requestStop();
            }
        }
    }

    /** Asks every run to stop at its next merge point, resumably; before {@link #start}, they stop at once. */
    public synchronized void requestStop() {
        stopRequested = true;
        started.forEach(CheckRun::requestStop);
    }

    /**
     * Waits for every run to end and reports each, in order. An interrupt of the waiting
     * thread stops the runs properly (with a checkpoint) rather than leaving them behind.
     * A damaged store met while rebuilding a trace throws
     * {@link dev.ariadne.storage.DamagedStoreException}.
     */
    public List<CheckReport> await() {
        List<CheckReport> reports = new ArrayList<>();
        for (int i = 0; i < runs.size(); i++) {
            reports.add(report(runs.get(i), awaitUninterruptibly(started.get(i))));
        }
        return reports;
    }

    private CheckReport report(Run run, CheckResult result) {
        DurableStore durable = run.store() instanceof DurableStore d && run.directory() != null ? d : null;
        if (result.status() == Status.FAILED) {
            // A failed session never leaves its store marked clean: what it wrote after its last checkpoint is dropped.
            if (durable != null) {
                durable.leaveForRecovery();
                StorageException full = durable.diskFull(result.failure());
                if (full != null) {
                    result = new CheckResult(result.status(), result.distinct(), result.generated(), result.depth(),
                            result.queueLeft(), result.elapsedSeconds(), result.violations(), full,
                            result.violationCount(), result.properties(), result.coverage());
                }
            }
            return new CheckReport(run.model(), run.label(), run.program(), result, List.of(), run.directory());
        }
        if (durable != null) {
            saveResult(durable, result);
        }
        TraceBuilder builder = new TraceBuilder(run.program(), run.store(), run.options().space().symmetry());
        List<Counterexample> found = new ArrayList<>();
        for (Violation v : result.violations()) {
            found.add(new Counterexample(v, builder.trace(v), run.program()));
        }
        return new CheckReport(run.model(), run.label(), run.program(), result, found, run.directory());
    }

    /** Saves the verdict and violations, then checkpoints again so they are durable (the state is unchanged). */
    private static void saveResult(DurableStore store, CheckResult result) {
        Checkpoint last = store.lastCheckpoint();
        if (last == null) {
            return;
        }
        store.putMetadata(RunMetadata.RESULT_STATUS, result.status().label);
        store.putMetadata(RunMetadata.RESULT_VIOLATIONS, StoredViolations.write(result.violations()));
        store.checkpoint(last);
    }

    private static CheckResult awaitUninterruptibly(CheckRun run) {
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return run.await();
                } catch (InterruptedException e) {
                    interrupted = true;
                    run.requestStop();
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /**
     * Stops the worker pool and closes every durable store the session opened; runs still
     * going are first stopped resumably and awaited, so no store is closed under its writer.
     */
    @Override
    public synchronized void close() {
        if (invocation != null) {
            if (started.stream().anyMatch(r -> !r.isDone())) {
                requestStop();
                for (CheckRun run : started) {
                    try {
                        awaitUninterruptibly(run);
                    } catch (RuntimeException e) {
                        // its coordinator failed: nothing more to wait for
                    }
                }
            }
            invocation.close();
        }
        launcher.discardEarly(); // a session closed without starting leaves no worker JVM behind
        for (Run r : runs) {
            if (r.directory() != null && r.store() instanceof DurableStore d) {
                d.close();
            }
        }
    }
}
