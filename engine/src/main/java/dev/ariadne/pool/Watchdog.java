package dev.ariadne.pool;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * The pool's thread that kills hung worker processes: one that has sent nothing, not even
 * its heartbeat, for {@code silenceMillis} (stopped with {@code kill -STOP}, its JVM stuck),
 * and one whose task overran the task time limit. The pool then replaces it as after any
 * death and runs its tasks again. It sleeps until the next deadline; it never polls.
 */
final class Watchdog implements Runnable {
    /** A JVM that has not said it is ready yet may be slow to start on a loaded machine: at least this long. */
    static final long STARTUP_MILLIS = 60_000;
    /** Waking this much later than meant says the coordinator's own JVM was paused. */
    private static final long OVERSLEPT_NANOS = TimeUnit.SECONDS.toNanos(2);

    private final ReentrantLock lock;
    private final Condition changed;
    private final List<? extends WorkerProcess<?>> workers;
    private final long taskLimitNanos;
    private final long silenceNanos;
    private final BooleanSupplier shutdown;
    private final Consumer<String> notices;

    Watchdog(ReentrantLock lock, Condition changed, List<? extends WorkerProcess<?>> workers, long taskTimeoutMillis,
             long silenceMillis, BooleanSupplier shutdown, Consumer<String> notices) {
        this.lock = lock;
        this.changed = changed;
        this.workers = workers;
        this.taskLimitNanos = TimeUnit.MILLISECONDS.toNanos(taskTimeoutMillis);
        this.silenceNanos = TimeUnit.MILLISECONDS.toNanos(silenceMillis);
        this.shutdown = shutdown;
        this.notices = notices;
    }

    @Override
    public void run() {
        lock.lock();
        try {
            // After a shutdown the task limit still holds, until the last worker is gone.
            long expected = Long.MAX_VALUE;
            while (!shutdown.getAsBoolean() || !workers.isEmpty()) {
                long next = Long.MAX_VALUE;
                long now = System.nanoTime();
                if (now - expected > OVERSLEPT_NANOS) {
                    // This JVM itself was paused (a long collection, a suspended machine): the workers'
                    // frames may still wait in the pipes, unread; their silence is not theirs.
                    workers.forEach(w -> w.lastHeard = now);
                }
                for (WorkerProcess<?> w : workers) {
                    if (!w.dead) {
                        next = Math.min(next, check(w, now));
                    }
                }
                expected = next;
                if (next == Long.MAX_VALUE) {
                    changed.await();
                } else {
                    changed.awaitNanos(Math.max(1, next - System.nanoTime()));
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            lock.unlock();
        }
    }

    /** Kills the worker if it is past a deadline; returns its next deadline, or {@code Long.MAX_VALUE} for none. */
    private long check(WorkerProcess<?> w, long now) {
        long next = Long.MAX_VALUE;
        if (silenceNanos > 0 && !shutdown.getAsBoolean()) {
            long limit = w.ready ? silenceNanos : Math.max(silenceNanos, TimeUnit.MILLISECONDS.toNanos(STARTUP_MILLIS));
            long deadline = w.lastHeard + limit;
            if (deadline - now <= 0) {
                String why = String.format(Locale.US, "it sent nothing for %.0f s, not even its heartbeat"
                        + " (stopped, or its JVM stuck)", (now - w.lastHeard) / 1e9);
                hung(w, why);
                return Long.MAX_VALUE;
            }
            next = deadline;
        }
        if (taskLimitNanos > 0) {
            for (Map.Entry<Long, Long> task : w.running.entrySet()) {
                long deadline = task.getValue() + taskLimitNanos;
                if (deadline - now <= 0) {
                    w.culprit = task.getKey(); // its neighbours in the JVM are not charged for the kill
                    hung(w, "its task ran longer than the time limit of " + taskLimitNanos / 1_000_000 + " ms");
                    return Long.MAX_VALUE;
                }
                next = Math.min(next, deadline);
            }
        }
        return next;
    }

    private void hung(WorkerProcess<?> w, String why) {
        w.dead = true; // no new task goes to it; its reader thread reports the death and the pool requeues
        w.kill(DeathCause.HUNG, why);
        notices.accept("worker process " + w.pid() + " is hung: " + why + "; killed it, a new worker runs its "
                + w.inflight.size() + (w.inflight.size() == 1 ? " task" : " tasks") + " again");
    }
}
