package dev.ariadne.pool;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * A worker pool of JVMs started once and reused, each running one or several tasks at once
 * (its executor threads). A task is sent only to a worker with room (at most
 * {@code capacity} unanswered tasks per thread, the worker running the most urgent first),
 * so no more than {@code size()} tasks ever run at once. Each worker has a thread blocked
 * on its output; results, failures and deaths arrive as events, never by polling. A worker
 * that dies is replaced, one that falls silent or overruns a task's time limit is killed and
 * replaced ({@link Watchdog}), and its tasks are retried up to {@code maxAttempts} times
 * before they fail with {@link WorkerDied}. Only the task that broke a JVM is charged for
 * its death, and runs alone from then on; when that is unknown and several were running,
 * each of them runs alone next time, so that the next death names it.
 */
public final class ProcessWorkerPool<T, R> extends QueuedPool<T, R> {
    /**
     * How the pool treats its workers.
     *
     * @param taskTimeoutMillis a task running longer is taken for a hang; 0 for no limit
     * @param silenceMillis     a worker that sends nothing this long, not even its heartbeat, is taken for hung
     *                          and replaced; 0 never
     */
    public record Options(int capacity, int maxAttempts, long taskTimeoutMillis, long silenceMillis) {
        /** How long a worker may be silent by default: generous, since a false alarm costs a JVM start and a retry. */
        public static final long DEFAULT_SILENCE_MILLIS = 60_000;
        /** The system property that sets the silence limit in milliseconds (tests set it short). */
        public static final String SILENCE_PROPERTY = "ariadne.worker.silenceMillis";

        public Options(int capacity, int maxAttempts, long taskTimeoutMillis) {
            this(capacity, maxAttempts, taskTimeoutMillis, Long.getLong(SILENCE_PROPERTY, DEFAULT_SILENCE_MILLIS));
        }

        public static Options defaults() {
            return new Options(2, 3, 0);
        }
    }

    /** How many worker deaths a task may be lost in, per allowed attempt, whether or not it was running. */
    private static final int MAX_DEATHS_PER_ATTEMPT = 3;

    private final int size;
    private final int jvms;
    private final WorkerLauncher launcher;
    private final TaskCodec<T, R> codec;
    private final Options options;
    private final List<WorkerProcess<T>> workers = new ArrayList<>();
    private final Map<String, byte[]> setups = new LinkedHashMap<>();
    private long nextTaskId;
    private int nextWorkerId;
    private volatile Consumer<String> notices = n -> { };
    /** Whether any of its workers ever said it was ready: until then a JVM that cannot start is a bad flag. */
    private volatile boolean everReady;
    /** Why its worker JVMs cannot start, once the pool gave up on them (set under the lock): every task then fails. */
    private volatile String cannotStart;

    /** A pool of {@code size} worker JVMs running one task at a time each. */
    public ProcessWorkerPool(int size, WorkerLauncher launcher, TaskCodec<T, R> codec, TaskListener<T, R> listener,
                             Options options) {
        this(size, size, launcher, codec, listener, options);
    }

    /**
     * A pool running {@code size} tasks at once in {@code jvms} worker JVMs (at most {@code size}),
     * the tasks shared out evenly: each JVM runs that many executor threads.
     */
    public ProcessWorkerPool(int size, int jvms, WorkerLauncher launcher, TaskCodec<T, R> codec,
                             TaskListener<T, R> listener, Options options) {
        super(listener);
        if (size < 1 || jvms < 1) {
            throw new IllegalArgumentException("a pool needs at least one worker");
        }
        this.size = size;
        this.jvms = Math.min(jvms, size);
        this.launcher = launcher;
        this.codec = codec;
        this.options = options;
        lock.lock();
        try {
            for (int i = 0; i < this.jvms; i++) {
                startWorker(threadsOf(i));
            }
        } finally {
            lock.unlock();
        }
        if (options.taskTimeoutMillis() > 0 || options.silenceMillis() > 0) {
            // Without a limit there is nothing to watch: no thread waking at every pool event.
            Thread watchdog = new Thread(new Watchdog(lock, changed, workers, options.taskTimeoutMillis(),
                    options.silenceMillis(), () -> shutdown, m -> notices.accept(m)), "ariadne-pool-watchdog");
            watchdog.setDaemon(true);
            watchdog.start();
        }
    }

    /** Where the pool tells what it did about a worker (a death, a hang), one line each, e.g. standard error. */
    @Override
    public void onNotice(Consumer<String> sink) {
        this.notices = sink;
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public boolean isolated() {
        return true;
    }

    /** The executor threads of the {@code i}-th worker JVM: the tasks shared out evenly, the first JVMs taking the rest. */
    private int threadsOf(int i) {
        return size / jvms + (i < size % jvms ? 1 : 0);
    }

    /** The process ids of the live workers (for tests and diagnostics). */
    public List<Long> workerPids() {
        lock.lock();
        try {
            return workers.stream().filter(w -> !w.dead).map(WorkerProcess::pid).toList();
        } finally {
            lock.unlock();
        }
    }

    /** Sends the setup of a tag to every worker, and to every worker started later. */
    @Override
    public void setup(String tag, java.util.function.Supplier<byte[]> make) {
        byte[] setup = make.get();
        byte[] t = tag.getBytes(StandardCharsets.UTF_8);
        byte[] body = ByteBuffer.allocate(4 + t.length + setup.length).putInt(t.length).put(t).put(setup).array();
        lock.lock();
        try {
            setups.put(tag, body);
            for (WorkerProcess<T> w : workers) {
                w.send(Frames.SETUP, 0, body);
            }
        } finally {
            lock.unlock();
        }
    }

    @Override
    void dispatch() {
        if (cannotStart != null) {
            for (Task<T> t : queue.removeTag(null)) {
                listener.failed(t, failedToStart(t));
            }
            return;
        }
        while (!queue.isEmpty() && !shutdown) {
            boolean alone = queue.peek().alone;
            WorkerProcess<T> target = null;
            for (WorkerProcess<T> w : workers) {
                // a task that must run alone goes to an idle worker, and nothing joins it there
                boolean fits = alone ? w.inflight.isEmpty() : w.hasRoom(options.capacity()) && !w.holdsATaskAlone();
                if (!w.dead && fits && (target == null
                        || (long) w.inflight.size() * target.threads < (long) target.inflight.size() * w.threads)) {
                    target = w;
                }
            }
            if (target == null) {
                return;
            }
            Task<T> task = queue.poll();
            if (task.isCancelled()) {
                listener.cancelled(task);
                continue;
            }
            byte[] body;
            try {
                body = codec.encodeTask(task);
            } catch (RuntimeException e) {
                listener.failed(task, e);
                continue;
            }
            long id = nextTaskId++;
            byte[] frame = ByteBuffer.allocate(16 + body.length).putLong(task.priority).putLong(task.sequence)
                    .put(body).array();
            target.inflight.put(id, task);
            if (!target.send(Frames.TASK, id, frame)) {
                target.dead = true; // its reader thread reports the death and requeues
            }
            changed.signalAll();
        }
    }

    private void startWorker(int threads) {
        int id = nextWorkerId++;
        @SuppressWarnings("unchecked")
        WorkerProcess<T>[] self = (WorkerProcess<T>[]) new WorkerProcess<?>[1];
        try {
            self[0] = new WorkerProcess<>(id, launcher.start(), threads, f -> onFrame(self[0], f), this::onDeath);
        } catch (IOException e) {
            throw new IllegalStateException("cannot start a worker process: " + e.getMessage(), e);
        }
        workers.add(self[0]);
        if (threads > 1) {
            self[0].send(Frames.THREADS, threads, new byte[0]);
        }
        for (byte[] s : setups.values()) {
            self[0].send(Frames.SETUP, 0, s);
        }
    }

    private void onFrame(WorkerProcess<T> w, Frames.Frame f) {
        if (f.type() == Frames.READY) {
            everReady = true;
        }
        if (f.type() == Frames.READY || f.type() == Frames.HEARTBEAT || f.type() == Frames.FATAL) {
            return; // their reader thread noted that the worker is alive, or which task broke it
        }
        if (f.type() == Frames.OUTPUT) {
            Task<T> printing;
            lock.lock();
            try {
                printing = w.inflight.get(f.id());
            } finally {
                lock.unlock();
            }
            if (printing != null) {
                listener.output(printing, new String(f.body(), StandardCharsets.UTF_8));
            }
            return;
        }
        Task<T> task;
        lock.lock();
        try {
            if (f.type() == Frames.STARTED) {
                Task<T> started = w.inflight.get(f.id());
                if (started != null) {
                    started.attempts++; // only a task that ran is charged when its worker dies
                    w.running.put(f.id(), System.nanoTime());
                    changed.signalAll();
                }
                return;
            }
            task = w.inflight.remove(f.id());
            w.running.remove(f.id());
            dispatch();
            changed.signalAll();
        } finally {
            lock.unlock();
        }
        if (task == null) {
            return;
        }
        if (task.isCancelled()) {
            listener.cancelled(task); // its result may have been on the wire when its tag was interrupted
            return;
        }
        switch (f.type()) {
            case Frames.RESULT -> {
                R result;
                try {
                    result = codec.decodeResult(task, f.body());
                } catch (RuntimeException e) {
                    listener.failed(task, e);
                    return;
                }
                listener.completed(task, result);
            }
            case Frames.FAILED -> listener.failed(task,
                    new IllegalStateException(new String(f.body(), StandardCharsets.UTF_8)));
            default -> listener.cancelled(task);
        }
    }

    private void onDeath(WorkerProcess<T> w) {
        // Every outcome is decided under the lock, so no task can be reported twice.
        List<Task<T>> cancelled = new ArrayList<>();
        List<Task<T>> failed = new ArrayList<>();
        String reason = w.deathReason();
        DeathCause cause = w.cause();
        int retried = 0;
        boolean stopping;
        boolean givenUp;
        lock.lock();
        try {
            stopping = shutdown;
            if (cause == DeathCause.CANNOT_START && !everReady && cannotStart == null) {
                // The same flags would fail every JVM started after it: the tasks fail at once instead.
                cannotStart = reason;
            }
            givenUp = cannotStart != null;
            workers.remove(w);
            long culprit = culprit(w);
            for (Map.Entry<Long, Task<T>> e : w.inflight.entrySet()) {
                Task<T> t = e.getValue();
                t.deaths++;
                boolean charged = e.getKey() == culprit;
                if (charged) {
                    t.alone = true; // it may break the next JVM too: nothing else is lost with it then
                } else if (w.running.containsKey(e.getKey())) {
                    t.attempts--; // it ran beside the task that broke the JVM
                    t.alone |= culprit < 0; // which one that was is unknown: each runs alone next time
                }
                if (t.isCancelled() || shutdown) {
                    cancelled.add(t);
                } else if (givenUp || charged && t.attempts >= options.maxAttempts()
                        || t.deaths >= options.maxAttempts() * MAX_DEATHS_PER_ATTEMPT) {
                    // The second bound: a worker can die before the guilty task says it started,
                    // and a task must not ride through deaths forever.
                    failed.add(t);
                } else {
                    queue.add(t);
                    retried++;
                }
            }
            w.inflight.clear();
            w.running.clear();
            if (!shutdown) {
                if (!givenUp) {
                    startWorker(w.threads);
                }
                dispatch();
            }
            changed.signalAll();
        } finally {
            lock.unlock();
        }
        // The watchdog told of a hang when it killed the worker; a pool that gave up says why through its tasks.
        if (!stopping && cause != DeathCause.HUNG && !givenUp) {
            notices.accept("worker process " + w.pid() + " died (" + cause.text + ")" + (retried == 0 ? ""
                    : "; a new worker runs its " + retried + (retried == 1 ? " task" : " tasks") + " again"));
        }
        cancelled.forEach(listener::cancelled);
        for (Task<T> t : failed) {
            listener.failed(t, givenUp ? failedToStart(t)
                    : new WorkerDied(reason + " (task started " + t.attempts + " times, lost with " + t.deaths
                            + " dead workers)", cause, t.attempts, t.deaths, reason));
        }
    }

    /** The error a task fails with once the pool gave up starting worker JVMs: why the first could not start. */
    private WorkerDied failedToStart(Task<T> t) {
        return new WorkerDied(cannotStart, DeathCause.CANNOT_START, t.attempts, t.deaths, cannotStart);
    }

    /**
     * The id of the task charged for a worker's death: the one it named or was killed for, else
     * the one it was running if it ran only one; -1 when several ran and none was named.
     */
    private static long culprit(WorkerProcess<?> w) {
        if (w.culprit >= 0 && w.running.containsKey(w.culprit)) {
            return w.culprit;
        }
        return w.running.size() == 1 ? w.running.keySet().iterator().next() : -1;
    }

    @Override
    void cancelRunning(String tag) {
        for (WorkerProcess<T> w : workers) {
            for (Map.Entry<Long, Task<T>> e : w.inflight.entrySet()) {
                if (tag == null || e.getValue().tag.equals(tag)) {
                    e.getValue().cancel();
                    w.send(Frames.CANCEL, e.getKey(), new byte[0]);
                }
            }
        }
    }

    @Override
    void afterShutdown() {
        Thread stopper = new Thread(this::stopWorkersWhenIdle, "ariadne-pool-stopper");
        stopper.setDaemon(true);
        stopper.start();
    }

    /** Lets running tasks finish, then tells every worker to exit. */
    private void stopWorkersWhenIdle() {
        lock.lock();
        try {
            while (workers.stream().anyMatch(w -> !w.inflight.isEmpty())) {
                changed.await();
            }
            for (WorkerProcess<T> w : workers) {
                w.send(Frames.SHUTDOWN, 0, new byte[0]);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            lock.unlock();
        }
    }

    @Override
    public boolean awaitTermination(long millis) throws InterruptedException {
        long deadline = System.currentTimeMillis() + millis;
        List<WorkerProcess<T>> all;
        lock.lock();
        try {
            all = new ArrayList<>(workers);
        } finally {
            lock.unlock();
        }
        for (WorkerProcess<T> w : all) {
            long left = deadline - System.currentTimeMillis();
            if (left <= 0 || !w.waitFor(left)) {
                return false;
            }
        }
        return true;
    }

    @Override
    public void shutdownNow() {
        List<WorkerProcess<T>> all;
        List<Task<T>> dropped;
        lock.lock();
        try {
            dropped = stopTaking();
            cancelRunning(null);
            for (WorkerProcess<T> w : workers) {
                w.send(Frames.SHUTDOWN, 0, new byte[0]);
            }
            all = new ArrayList<>(workers);
        } finally {
            lock.unlock();
        }
        listener.cancelAll(dropped);
        WorkerProcess.stopAll(all, 2000);
    }
}
