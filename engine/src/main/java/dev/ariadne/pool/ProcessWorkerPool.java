package dev.ariadne.pool;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A worker pool of JVMs started once and reused. A task is sent only to a worker with
 * room (at most {@code capacity} unanswered tasks each, the worker running the most
 * urgent first), so no more than {@code size()} tasks ever run at once. Each worker has
 * a thread blocked on its output; results, failures and deaths arrive as events, never
 * by polling. A worker that dies, or overruns a task's time limit, is killed and
 * replaced, and its tasks are retried up to {@code maxAttempts} times before they fail.
 */
public final class ProcessWorkerPool implements WorkerPool {
    /** How the pool treats its workers. */
    public record Options(int capacity, int maxAttempts, long taskTimeoutMillis) {
        public static Options defaults() {
            return new Options(2, 3, 0);
        }
    }

    /** The error a task fails with when every worker that ran it died. */
    public static final class WorkerDied extends RuntimeException {
        public WorkerDied(String message) {
            super(message);
        }
    }

    /** How many worker deaths a task may be lost in, per allowed attempt, whether or not it was running. */
    private static final int MAX_DEATHS_PER_ATTEMPT = 3;

    private final int size;
    private final WorkerLauncher launcher;
    private final TaskCodec codec;
    private final TaskListener listener;
    private final Options options;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();
    private final TaskQueue queue = new TaskQueue();
    private final List<WorkerProcess> workers = new ArrayList<>();
    private final Map<String, byte[]> setups = new LinkedHashMap<>();
    private long nextTaskId;
    private int nextWorkerId;
    private boolean shutdown;

    public ProcessWorkerPool(int size, WorkerLauncher launcher, TaskCodec codec, TaskListener listener,
                             Options options) {
        if (size < 1) {
            throw new IllegalArgumentException("a pool needs at least one worker");
        }
        this.size = size;
        this.launcher = launcher;
        this.codec = codec;
        this.listener = listener;
        this.options = options;
        lock.lock();
        try {
            for (int i = 0; i < size; i++) {
                startWorker();
            }
        } finally {
            lock.unlock();
        }
        if (options.taskTimeoutMillis() > 0) {
            // Without a time limit there is nothing to watch: no thread waking at every pool event.
            Thread watchdog = new Thread(this::watch, "ariadne-pool-watchdog");
            watchdog.setDaemon(true);
            watchdog.start();
        }
    }

    @Override
    public int size() {
        return size;
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
    public void setup(String tag, byte[] setup) {
        byte[] t = tag.getBytes(StandardCharsets.UTF_8);
        byte[] body = ByteBuffer.allocate(4 + t.length + setup.length).putInt(t.length).put(t).put(setup).array();
        lock.lock();
        try {
            setups.put(tag, body);
            for (WorkerProcess w : workers) {
                w.send(Frames.SETUP, 0, body);
            }
        } finally {
            lock.unlock();
        }
    }

    @Override
    public void submit(Task task) {
        lock.lock();
        try {
            if (shutdown) {
                listener.cancelled(task);
                return;
            }
            queue.add(task);
            dispatch();
        } finally {
            lock.unlock();
        }
    }

    /** Hands waiting tasks to workers with room, most urgent first. Called with the lock held. */
    private void dispatch() {
        while (!queue.isEmpty() && !shutdown) {
            WorkerProcess target = null;
            for (WorkerProcess w : workers) {
                if (!w.dead && w.inflight.size() < options.capacity()
                        && (target == null || w.inflight.size() < target.inflight.size())) {
                    target = w;
                }
            }
            if (target == null) {
                return;
            }
            Task task = queue.poll();
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

    private void startWorker() {
        int id = nextWorkerId++;
        WorkerProcess[] self = new WorkerProcess[1];
        try {
            self[0] = new WorkerProcess(id, launcher.command(), f -> onFrame(self[0], f), this::onDeath);
        } catch (IOException e) {
            throw new IllegalStateException("cannot start a worker process: " + e.getMessage(), e);
        }
        workers.add(self[0]);
        for (byte[] s : setups.values()) {
            self[0].send(Frames.SETUP, 0, s);
        }
    }

    private void onFrame(WorkerProcess w, Frames.Frame f) {
        if (f.type() == Frames.READY) {
            return;
        }
        Task task;
        lock.lock();
        try {
            if (f.type() == Frames.STARTED) {
                Task started = w.inflight.get(f.id());
                if (started != null) {
                    started.attempts++; // only a task that ran is charged when its worker dies
                    w.running = f.id();
                    w.startedAt = System.nanoTime();
                    changed.signalAll();
                }
                return;
            }
            task = w.inflight.remove(f.id());
            if (w.running == f.id()) {
                w.running = -1;
            }
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
                Object result;
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

    private void onDeath(WorkerProcess w) {
        // Every outcome is decided under the lock, so no task can be reported twice.
        List<Task> cancelled = new ArrayList<>();
        List<Task> failed = new ArrayList<>();
        String reason = w.deathReason();
        lock.lock();
        try {
            workers.remove(w);
            Task culprit = w.inflight.get(w.running);
            for (Task t : w.inflight.values()) {
                t.deaths++;
                if (t.isCancelled() || shutdown) {
                    cancelled.add(t);
                } else if (t == culprit && t.attempts >= options.maxAttempts()
                        || t.deaths >= options.maxAttempts() * MAX_DEATHS_PER_ATTEMPT) {
                    // The second bound: a worker can die before the guilty task says it started,
                    // and a task must not ride through deaths forever.
                    failed.add(t);
                } else {
                    queue.add(t);
                }
            }
            w.inflight.clear();
            w.running = -1;
            if (!shutdown) {
                startWorker();
                dispatch();
            }
            changed.signalAll();
        } finally {
            lock.unlock();
        }
        cancelled.forEach(listener::cancelled);
        for (Task t : failed) {
            listener.failed(t, new WorkerDied(reason + " (task started " + t.attempts + " times, lost with "
                    + t.deaths + " dead workers)"));
        }
    }

    /** Kills workers whose task has run longer than the time limit; sleeps until the next deadline. Only with a limit. */
    private void watch() {
        lock.lock();
        try {
            long limit = options.taskTimeoutMillis() * 1_000_000L;
            while (!shutdown || !workers.isEmpty()) {
                long next = Long.MAX_VALUE;
                long now = System.nanoTime();
                for (WorkerProcess w : workers) {
                    if (w.running < 0) {
                        continue;
                    }
                    long deadline = w.startedAt + limit;
                    if (deadline <= now) {
                        w.kill();
                    } else {
                        next = Math.min(next, deadline);
                    }
                }
                if (next == Long.MAX_VALUE) {
                    changed.await();
                } else {
                    changed.awaitNanos(next - System.nanoTime());
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            lock.unlock();
        }
    }

    @Override
    public void interrupt(String tag) {
        List<Task> dropped;
        lock.lock();
        try {
            dropped = queue.removeTag(tag);
            for (WorkerProcess w : workers) {
                for (Map.Entry<Long, Task> e : w.inflight.entrySet()) {
                    if (e.getValue().tag.equals(tag)) {
                        e.getValue().cancel();
                        w.send(Frames.CANCEL, e.getKey(), new byte[0]);
                    }
                }
            }
        } finally {
            lock.unlock();
        }
        listener.cancelAll(dropped);
    }

    @Override
    public void shutdown() {
        List<Task> dropped;
        lock.lock();
        try {
            shutdown = true;
            dropped = queue.removeTag(null);
            changed.signalAll();
        } finally {
            lock.unlock();
        }
        listener.cancelAll(dropped);
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
            for (WorkerProcess w : workers) {
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
        List<WorkerProcess> all;
        lock.lock();
        try {
            all = new ArrayList<>(workers);
        } finally {
            lock.unlock();
        }
        for (WorkerProcess w : all) {
            long left = deadline - System.currentTimeMillis();
            if (left <= 0 || !w.waitFor(left)) {
                return false;
            }
        }
        return true;
    }

    @Override
    public void shutdownNow() {
        List<WorkerProcess> all;
        List<Task> dropped;
        lock.lock();
        try {
            shutdown = true;
            dropped = queue.removeTag(null);
            for (WorkerProcess w : workers) {
                for (Map.Entry<Long, Task> e : w.inflight.entrySet()) {
                    e.getValue().cancel();
                    w.send(Frames.CANCEL, e.getKey(), new byte[0]);
                }
                w.send(Frames.SHUTDOWN, 0, new byte[0]);
            }
            all = new ArrayList<>(workers);
            changed.signalAll();
        } finally {
            lock.unlock();
        }
        listener.cancelAll(dropped);
        // Give every worker the same short grace period together, then kill what is left.
        long deadline = System.nanoTime() + 2_000_000_000L;
        try {
            for (WorkerProcess w : all) {
                w.waitFor(Math.max(0, (deadline - System.nanoTime()) / 1_000_000));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        for (WorkerProcess w : all) {
            if (w.isAlive()) {
                w.kill();
            }
        }
        try {
            for (WorkerProcess w : all) {
                w.waitFor(5000);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
