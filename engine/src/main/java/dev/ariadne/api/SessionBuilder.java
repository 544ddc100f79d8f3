package dev.ariadne.api;

import dev.ariadne.expand.ExploreOptions;
import dev.ariadne.pool.WorkerLauncher;
import dev.ariadne.result.Progress;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/**
 * The settings of one session that do not change a run's state space, shared by
 * {@link CheckBuilder} and {@link ResumeBuilder}: workers, isolation, time limit,
 * checkpoint and progress intervals, and where progress, printed lines and pool notices go.
 */
public abstract class SessionBuilder<B extends SessionBuilder<B>> {
    /** The most workers a session takes. */
    public static final int MAX_WORKERS = 4096;

    int workers = Runtime.getRuntime().availableProcessors();
    Isolation isolation = Isolation.THREAD;
    /** With process isolation, how many worker JVMs share the workers; 0 for {@link Invocation#defaultJvms}. */
    int workerJvms;
    Long timeoutMillis;
    Long checkpointMillis;
    Long progressMillis;
    BiConsumer<String, Progress> progress;
    Consumer<String> printer;
    Consumer<String> notices = notice -> { };
    UnaryOperator<ExploreOptions> tuning = UnaryOperator.identity();
    /** With process isolation, where the worker JVMs come from: started early by {@link #startWorkersEarly}. */
    private WorkerLauncher launcher;

    SessionBuilder() {
    }

    @SuppressWarnings("unchecked")
    private B self() {
        return (B) this;
    }

    /** Parallel workers (default: the number of cores). */
    public B workers(int n) {
        if (n < 1 || n > MAX_WORKERS) {
            throw new IllegalArgumentException("workers must be between 1 and " + MAX_WORKERS + ", not " + n);
        }
        workers = n;
        return self();
    }

    /** Workers as threads of this JVM (the default) or as worker processes. */
    public B isolation(Isolation isolation) {
        this.isolation = Objects.requireNonNull(isolation);
        return self();
    }

    /**
     * With process isolation, how many worker JVMs run the workers (at most one per worker),
     * the workers shared out evenly as threads of them (default: {@link Invocation#defaultJvms}).
     * More JVMs lose fewer running tasks to one crash; fewer compile the engine fewer times.
     */
    public B workerJvms(int n) {
        if (n < 1 || n > MAX_WORKERS) {
            throw new IllegalArgumentException("worker JVMs must be between 1 and " + MAX_WORKERS + ", not " + n);
        }
        workerJvms = n;
        return self();
    }

    /** Stops the runs (resumably, with a checkpoint) after this long; zero for no limit (the default). */
    public B timeout(Duration limit) {
        timeoutMillis = nonNegative(limit, "timeout");
        return self();
    }

    /** Writes a checkpoint this often; zero for only when a run stops (the default). */
    public B checkpointEvery(Duration interval) {
        checkpointMillis = nonNegative(interval, "checkpoint interval");
        return self();
    }

    /** Reports progress this often (default: every 10 s once a listener is given). */
    public B progressEvery(Duration interval) {
        progressMillis = nonNegative(interval, "progress interval");
        return self();
    }

    /** Receives each progress report with its run's label ({@code N=3}; null for a lone run). */
    public B onLabelledProgress(BiConsumer<String, Progress> listener) {
        progress = listener;
        return self();
    }

    /** Receives each progress report. */
    public B onProgress(Consumer<Progress> listener) {
        return onLabelledProgress((label, p) -> listener.accept(p));
    }

    /** Receives what the model prints (default: discarded). */
    public B onPrint(Consumer<String> printer) {
        this.printer = printer;
        return self();
    }

    /** Receives what the worker pool says about its workers (a death, a hang), one line each. */
    public B onNotice(Consumer<String> notices) {
        this.notices = Objects.requireNonNull(notices);
        return self();
    }

    /** Changes the exploration's tuning (batch size, cache, step budget) beyond what the builder names. */
    public B tune(UnaryOperator<ExploreOptions> tuning) {
        this.tuning = Objects.requireNonNull(tuning);
        return self();
    }

    /**
     * Opens (and for a check, creates) the stores of the runs, ready to {@link Session#start}.
     * In process isolation the worker JVMs start first, so that their start-up overlaps this.
     */
    public final Session prepare() {
        startWorkersEarly();
        try {
            return prepareRuns();
        } catch (RuntimeException | Error e) {
            discardEarlyWorkers();
            throw e;
        }
    }

    /** What {@link #prepare} does while the worker JVMs start: compile, and open or create the stores. */
    abstract Session prepareRuns();

    /** Runs every run of the session (a matrix has several) to its end and reports each. */
    public List<CheckReport> runAll() {
        try (Session s = prepare()) {
            s.start();
            return s.await();
        }
    }

    /** Runs the one run of the session to its end; a matrix is refused (use {@link #runAll()}). */
    public CheckReport run() {
        try (Session s = prepare()) {
            if (s.runs().size() != 1) {
                throw new IllegalStateException("a matrix of " + s.runs().size() + " runs: use runAll()");
            }
            s.start();
            return s.await().get(0);
        }
    }

    /** This session's settings applied to {@code base}. */
    ExploreOptions sessionOptions(ExploreOptions base) {
        ExploreOptions o = tuning.apply(base);
        if (timeoutMillis != null) {
            o = o.withTimeout(timeoutMillis);
        }
        if (checkpointMillis != null) {
            o = o.withCheckpoint(checkpointMillis);
        }
        if (progressMillis != null) {
            o = o.withProgress(progressMillis);
        } else if (progress != null && o.session().progressMillis() == 0) {
            o = o.withProgress(10_000);
        }
        return o;
    }

    Session session(List<Session.Run> runs) {
        Session s = new Session(runs, workers, jvms(), isolation, printer, progress, notices, launcher);
        launcher = null; // the session's now: it adopts the workers or discards them
        return s;
    }

    /**
     * In process isolation, starts the worker JVMs now, at the start of {@link #prepare}: their
     * start-up then overlaps the coordinator's (compiling the model, opening the store) instead
     * of following it; the ones the command started before it read its options
     * ({@link PrestartedWorkers}) are taken instead if they are as many. A prepare that fails
     * gives them back with {@link #discardEarlyWorkers}.
     */
    private void startWorkersEarly() {
        if (isolation == Isolation.PROCESS && launcher == null) {
            launcher = PrestartedWorkers.adopt(jvms());
            if (launcher == null) {
                launcher = Invocation.launcher();
                launcher.startEarly(jvms());
            }
        }
    }

    /** How many worker JVMs the session's workers run in, with process isolation. */
    private int jvms() {
        return workerJvms == 0 ? Invocation.defaultJvms(workers) : Math.min(workerJvms, workers);
    }

    /** Kills the worker JVMs started early: the session they were for will not start. */
    private void discardEarlyWorkers() {
        if (launcher != null) {
            launcher.discardEarly();
            launcher = null;
        }
    }

    private static long nonNegative(Duration d, String what) {
        if (d.isNegative()) {
            throw new IllegalArgumentException(what + " must not be negative, not " + d);
        }
        return d.toMillis();
    }
}
