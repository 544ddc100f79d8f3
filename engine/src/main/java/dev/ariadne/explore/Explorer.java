package dev.ariadne.explore;

import dev.ariadne.result.OutsideFault;
import dev.ariadne.collect.FingerprintSet;
import dev.ariadne.expand.Batch;
import dev.ariadne.expand.BatchResult;
import dev.ariadne.expand.ExploreOptions;
import dev.ariadne.expand.RunContext;
import dev.ariadne.result.CheckResult;
import dev.ariadne.result.Progress;
import dev.ariadne.result.PropertyVerdict;
import dev.ariadne.result.Status;
import dev.ariadne.result.Violation;
import dev.ariadne.result.ViolationKind;
import dev.ariadne.storage.Checkpoint;
import dev.ariadne.storage.DurableStore;
import dev.ariadne.storage.StateRecord;
import dev.ariadne.storage.StateStore;
import dev.ariadne.lang.compile.Program;
import dev.ariadne.pool.EventRouter;
import dev.ariadne.pool.Task;
import dev.ariadne.pool.WorkerPool;
import dev.ariadne.liveness.PropertyInstances;
import dev.ariadne.space.ModelError;
import dev.ariadne.space.StateSpace;
import dev.ariadne.space.lang.LanguageSpace;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The coordinator of one breadth-first check. It hands consecutive frontier states to
 * the pool in batches, merges the results strictly in batch order — so discovery order,
 * parents, counts and the first violation are the same whatever the workers' number or
 * timing — and is the only writer of the visited set and the store. It blocks on its
 * event queue; it never polls.
 */
public final class Explorer {
    private final RunContext run;
    private final WorkerPool<Batch, BatchResult> pool;
    private final EventRouter<Batch, BatchResult> router;
    /** The event that wakes the coordinator up to see a stop request (no batch). */
    private final EventRouter.Event<Batch, BatchResult> wake;
    private final long priorityBase;
    private final BlockingQueue<EventRouter.Event<Batch, BatchResult>> events = new LinkedBlockingQueue<>();
    private final Map<Long, BatchResult> pending = new HashMap<>();
    private final Map<Long, Batch> batches = new HashMap<>();
    private final FingerprintSet known;
    private final StateStore store;
    private final ExploreOptions options;
    private final StateSpace space;
    private final Supplier<PropertyInstances> properties;
    /** {@code --coverage}: the merged counts; null when off or for a space that is not a model's. */
    private final dev.ariadne.expand.CoverageCounter coverage;
    private LivenessPhase liveness;
    /** Whether every reachable state was expanded (the properties' graph is whole). */
    private boolean explored;
    private FrontierCache cache;
    private final BatchSizer sizer;
    private Consumer<Progress> progress = p -> { };
    private SessionClock clock;
    /** Whether the initial states are being enumerated (a checkpoint then says so, and resume enumerates again). */
    private boolean initialising;

    /** First sequence number of each depth: depth d + 1 starts at levelStarts[d]. */
    private final List<Long> levelStarts = new ArrayList<>();
    private final List<Violation> violations = new ArrayList<>();
    private long violationCount;
    private long expanded;
    private long submitted;
    private long nextBatch;
    private long nextMerge;
    private long generated;
    private int depth;
    private long elapsedBefore;
    private volatile boolean stopRequested;
    private boolean finished;
    private Throwable failure;
    /** The fault of the machine that stopped the run, if one did (the result is then interrupted, never a verdict). */
    private OutsideFault fault;

    /**
     * The tasks it submits carry their {@link Batch} as payload, which each pool hands to its
     * workers (process workers encode it with {@code RemoteTaskCodec}).
     *
     * @param priority this run's rank among the runs sharing the pool (lower first)
     * @param printer  receives what the model prints (null discards it)
     */
    public Explorer(Program program, StateStore store, WorkerPool<Batch, BatchResult> pool,
                    EventRouter<Batch, BatchResult> router, String tag, ExploreOptions options, long priority,
                    Consumer<String> printer) {
        this(new LanguageSpace(program, options.space(), printer), store, pool, router, tag, options, priority);
    }

    private Explorer(LanguageSpace space, StateStore store, WorkerPool<Batch, BatchResult> pool,
                     EventRouter<Batch, BatchResult> router, String tag, ExploreOptions options, long priority) {
        this(space, space::properties, store, pool, router, tag, options, priority);
    }

    /**
     * The coordinator of a check of any state space.
     *
     * @param properties the space's properties (evaluated when the run starts; {@link PropertyInstances#none()}
     *                   for a space without any)
     */
    public Explorer(StateSpace space, Supplier<PropertyInstances> properties, StateStore store,
                    WorkerPool<Batch, BatchResult> pool,
                    EventRouter<Batch, BatchResult> router, String tag, ExploreOptions options, long priority) {
        this.store = store;
        this.options = options;
        this.sizer = new BatchSizer(options.tuning().batchSize());
        this.space = space;
        this.properties = properties;
        this.known = new FingerprintSet(Math.max(1 << 16, store.size()));
        this.run = new RunContext(tag, space, store, options);
        this.pool = pool;
        this.router = router;
        this.priorityBase = priority << 40;
        this.wake = new EventRouter.Event<>(new Task<>(tag, 0, null), null, null, true);
        this.coverage = options.search().coverage() && space.coverageLayout() != null
                ? new dev.ariadne.expand.CoverageCounter(space.coverageLayout()) : null;
    }

    public RunContext context() {
        return run;
    }

    public void onProgress(Consumer<Progress> listener) {
        this.progress = listener;
    }

    /** Asks the check to stop at the next merge, leaving a consistent, resumable store (Ctrl-C, SIGTERM). */
    public void requestStop() {
        stopRequested = true;
        events.add(wake);
    }

    public CheckResult run() {
        clock = new SessionClock(options.session());
        router.register(run.tag(), events);
        Status status;
        try {
            liveness = LivenessPhase.open(properties, space.constrained(), store);
            boolean ready = store.size() == 0 ? initialise() : resume();
            status = ready ? explore() : Status.INTERRUPTED;
            explored = complete(status);
            if (liveness.recording() && !liveness.done() && explored) {
                writeCheckpoint(); // a kill during the property check resumes here, not mid-exploration
                status = checkProperties();
            }
        } catch (ModelError e) {
            violations.add(e.violation());
            status = Status.ERROR;
            liveness = null;
        } catch (RuntimeException | Error e) {
            failure = e;
            status = Status.FAILED;
        } finally {
            pool.interrupt(run.tag());
            router.unregister(run.tag());
        }
        double elapsed = elapsedMillis() / 1000.0;
        List<PropertyVerdict> verdicts = List.of();
        try {
            if (status != Status.FAILED && liveness != null) {
                writeCheckpoint();
            }
            verdicts = liveness == null ? List.of() : liveness.verdicts(violations, explored, status, options);
        } catch (RuntimeException e) {
            // The last checkpoint failed (a fault of the disk): the run resumes from the one before.
            failure = e;
            status = Status.FAILED;
        } finally {
            if (liveness != null) {
                liveness.close();
            }
        }
        return new CheckResult(status, store.size(), generated, depth, store.size() - expanded, elapsed,
                List.copyOf(violations), failure != null ? failure : fault, Math.max(violationCount, violations.size()),
                verdicts, coverage == null ? null : coverage.report(true));
    }

    /** Whether every reachable state was expanded, so that the graph is whole. */
    private boolean complete(Status status) {
        return status != Status.INTERRUPTED && status != Status.FAILED && expanded == store.size()
                && (options.search().keepGoing() || violations.stream().allMatch(v -> v.kind() == ViolationKind.LIVENESS));
    }

    /** The temporal properties, on the complete graph; a stop request leaves them to be checked on resume. */
    private Status checkProperties() {
        Consumer<String> note = n -> progress.accept(new Progress(elapsedMillis() / 1000.0, depth, generated,
                store.size(), 0, 0, n));
        boolean done = liveness.checkInto(violations, store, levelStarts, pool.size(),
                () -> stopRequested || clock.timedOut(), options.session().progressMillis() > 0 ? note : n -> { },
                options.search().keepGoing());
        return done ? verdict() : Status.INTERRUPTED;
    }

    /**
     * Enumerates the initial states like any others: progress, checkpoints, Ctrl-C and the
     * time limit all work while it runs. Interrupted, it is run again on resume, and the
     * states already stored are skipped, so the order is that of an uninterrupted run.
     */
    private boolean initialise() {
        cache = new FrontierCache(options.tuning().cacheBytes(), store.size());
        initialising = true;
        InitialStates init = new InitialStates(space.cursor());
        try {
            init.enumerate(known, store, cache, this::duringInitialisation);
        } catch (ModelError err) {
            violations.add(err.violation());
            finished = true;
        } catch (InitialStates.Stopped stop) {
            return false;
        } finally {
            generated = init.generated();
        }
        initialising = false;
        levelStarts.add(0L);
        depth = store.size() > 0 ? 1 : 0;
        return true;
    }

    private void duringInitialisation(long generatedSoFar) {
        generated = generatedSoFar;
        if (stopRequested || clock.timedOut()) {
            throw new InitialStates.Stopped();
        }
        reportAndCheckpoint();
    }

    /** Reports progress and writes a checkpoint when each is due. */
    private void reportAndCheckpoint() {
        long now = System.nanoTime();
        if (clock.progressDue(now)) {
            progress.accept(progress());
            clock.lastProgress = now;
        }
        if (clock.checkpointDue(now)) {
            writeCheckpoint();
            clock.lastCheckpoint = now;
        }
    }

    /** Back to the last checkpoint; false when the initial states are still to be enumerated and that was stopped. */
    private boolean resume() {
        for (long s = 0; s < store.size(); s++) {
            known.add(store.fingerprintAt(s));
        }
        Checkpoint cp = store.lastCheckpoint();
        if (cp == null) {
            throw new IllegalStateException("the store has states but no checkpoint");
        }
        expanded = cp.expanded();
        Snapshots.verifyQueue(store, expanded);
        cache = new FrontierCache(options.tuning().cacheBytes(), store.size());
        generated = cp.generated();
        depth = cp.depth();
        elapsedBefore = cp.elapsedMillis();
        CheckpointState cs = CheckpointState.read(cp.state());
        levelStarts.addAll(cs.levelStarts);
        violations.addAll(cs.violations);
        violationCount = Math.max(cs.count, violations.size());
        finished = cs.finished;
        liveness.resume(cs, expanded, store);
        return !cs.initialising || initialise();
    }

    private Status explore() {
        submitted = expanded;
        nextBatch = 0;
        nextMerge = 0;
        int maxInflight = Math.max(2, pool.size() * 8);
        while (!finished) {
            if (stopRequested || clock.timedOut()) {
                return Status.INTERRUPTED;
            }
            while (nextBatch - nextMerge < maxInflight && submitted < store.size()) {
                submitBatch();
            }
            if (nextBatch == nextMerge) {
                break; // nothing in flight and nothing left: the state space is exhausted
            }
            EventRouter.Event<Batch, BatchResult> ev;
            try {
                ev = events.poll(clock.waitMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException ie) {
                Thread.currentThread().interrupt();
                return Status.INTERRUPTED;
            }
            if (ev != null) {
                handle(ev);
            }
            reportAndCheckpoint();
        }
        return verdict();
    }

    private Status verdict() {
        return Status.worst(violations);
    }

    private void submitBatch() {
        long available = store.size() - submitted;
        int n = (int) Math.max(1, Math.min(sizer.limit(), available / Math.max(1, pool.size() * 2L)));
        n = (int) Math.min(n, available);
        long[] fps = new long[n];
        int[] depths = new int[n];
        byte[][] snapshots = new byte[n][];
        boolean uncached = false;
        for (int i = 0; i < n; i++) {
            long seq = submitted + i;
            fps[i] = store.fingerprintAt(seq);
            depths[i] = depthOf(seq);
            snapshots[i] = cache.take(seq);
            uncached |= snapshots[i] == null;
        }
        if (uncached) {
            if (pool.isolated() && store instanceof DurableStore d) {
                // Worker JVMs read these from the store's files: a run kept small in memory moves to them now,
                // and only now, since batches that carry their snapshots never need the files.
                d.shareWithWorkers();
            }
            store.flush(); // the workers read these states from the store
        }
        Batch b = new Batch(run, nextBatch, submitted, fps, depths, snapshots);
        batches.put(nextBatch, b);
        nextBatch++;
        submitted += n;
        pool.submit(new Task<>(run.tag(), priorityBase + depths[0], b));
    }

    private int depthOf(long seq) {
        int d = levelStarts.size() - 1;
        while (d > 0 && levelStarts.get(d) > seq) {
            d--;
        }
        return d + 1;
    }

    private void handle(EventRouter.Event<Batch, BatchResult> ev) {
        if (ev == wake) {
            return;
        }
        if (ev.cancelled()) {
            stopRequested = true; // the pool is shutting down: stop, resumably
            return;
        }
        Batch b = ev.task().payload;
        if (ev.error() != null && OutsideFault.isOutside(ev.error())) {
            if (b.size() > 1) {
                isolate(b, ev.task().priority); // to name the state it strikes on, and to spare the others
            } else if (fault == null) {
                fault = OutsideFault.of(ev.error(), b.fps()[0]);
                stopRequested = true; // resumably: the batch is not merged, the checkpoint ends before it
            }
        } else if (ev.error() != null) {
            // A damaged store makes workers fail: say so (in process isolation the cause came as text).
            Snapshots.verify(b, space, space.cursor());
            throw new IllegalStateException("a worker failed: " + ev.error(), ev.error());
        } else {
            deliver(b, ev.result());
        }
        while (!finished && pending.containsKey(nextMerge)) {
            Batch merging = batches.remove(nextMerge);
            BatchResult result = pending.remove(nextMerge);
            merge(merging, result);
            sizer.merged(merging.size(), result.bytes());
            nextMerge++;
        }
    }

    private final SplitBatches splits = new SplitBatches();

    /** Resubmits a batch whose workers kept failing, one state per task. */
    private void isolate(Batch b, long priority) {
        for (Batch one : splits.split(b, run)) {
            pool.submit(new Task<>(run.tag(), priority, one));
        }
    }

    private void deliver(Batch b, BatchResult r) {
        Batch[] whole = new Batch[1];
        BatchResult result = splits.deliver(b, r, whole);
        if (result != null) {
            pending.put(whole[0].index(), result);
        }
    }

    private void merge(Batch b, BatchResult r) {
        if (coverage != null && r.coverage() != null) {
            coverage.absorb(r.coverage());
        }
        for (int i = 0; i < b.size(); i++) {
            List<Violation> found = r.violations(i);
            liveness.record(r, i);
            if (found != null) {
                record(found);
                if (!options.search().keepGoing()) {
                    finished = true;
                    expanded = b.firstSeq() + i + 1;
                    return;
                }
            }
            int childDepth = b.depths()[i] + 1;
            for (int k = r.successorsFrom(i); k < r.successorsTo(i); k++) {
                long fp = r.fingerprint(k);
                if (known.add(fp)) {
                    long seq = store.size();
                    if (childDepth > levelStarts.size()) {
                        levelStarts.add(seq);
                    }
                    int len = r.length(k);
                    store.add(seq, fp, b.fps()[i], r.step(k), childDepth, r.data(), r.offset(k), len);
                    cache.add(r.data(), r.offset(k), len);
                    depth = Math.max(depth, childDepth);
                    if (coverage != null && r.coverage() != null) {
                        coverage.produced(dev.ariadne.expand.CoverageCounter.keyOf(r.coverage(), k));
                    }
                }
            }
            generated += r.generated(i);
            expanded = b.firstSeq() + i + 1;
        }
    }

    /** Keeps violations in discovery order; past {@code --max-violations} they are only counted (memory stays flat). */
    private void record(List<Violation> found) {
        for (Violation v : found) {
            violationCount++;
            if (violations.size() < options.search().maxViolations()) {
                violations.add(v);
            }
        }
    }

    private Progress progress() {
        double secs = elapsedMillis() / 1000.0;
        long distinct = store.size();
        return new Progress(secs, depth, generated, distinct, distinct - expanded, secs > 0 ? distinct / secs : 0);
    }

    /** The time spent exploring this run, earlier sessions included. */
    private long elapsedMillis() {
        return elapsedBefore + (System.nanoTime() - clock.startNanos) / 1_000_000;
    }

    /** A consistent cut: every state below {@code expanded} merged, everything discovered recorded. */
    private void writeCheckpoint() {
        CheckpointState cs = new CheckpointState(levelStarts, violations, finished, Math.max(violationCount,
                violations.size()));
        cs.initialising = initialising;
        liveness.beforeCheckpoint(cs);
        store.checkpoint(new Checkpoint(expanded, store.size(), generated, depth, elapsedMillis(), cs.write()));
    }
}
