package dev.ariadne.pool;

import java.util.List;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The bookkeeping every pool shares: the lock, the queue of waiting tasks, the listener,
 * and how submitting, interrupting a tag and shutting down treat them. A pool says how it
 * hands tasks to its workers ({@link #dispatch}) and how it stops running ones
 * ({@link #cancelRunning}).
 */
abstract class QueuedPool<T, R> implements WorkerPool<T, R> {
    final ReentrantLock lock = new ReentrantLock();
    /** Signalled when a task is queued, a worker frees up or the pool shuts down. */
    final Condition changed = lock.newCondition();
    final TaskQueue<T> queue = new TaskQueue<>();
    final TaskListener<T, R> listener;
    boolean shutdown;

    QueuedPool(TaskListener<T, R> listener) {
        this.listener = listener;
    }

    /** Hands waiting tasks to workers with room, most urgent first. Called with the lock held. */
    abstract void dispatch();

    /** Marks the running tasks of {@code tag} (of every tag for null) cancelled and tells their workers. Lock held. */
    abstract void cancelRunning(String tag);

    @Override
    public void submit(Task<T> task) {
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

    @Override
    public void interrupt(String tag) {
        List<Task<T>> dropped;
        lock.lock();
        try {
            dropped = queue.removeTag(tag);
            cancelRunning(tag);
        } finally {
            lock.unlock();
        }
        listener.cancelAll(dropped);
    }

    /** Stops taking tasks and returns the queued ones, to be reported cancelled once the lock is released. Lock held. */
    final List<Task<T>> stopTaking() {
        shutdown = true;
        List<Task<T>> dropped = queue.removeTag(null);
        changed.signalAll();
        return dropped;
    }

    @Override
    public void shutdown() {
        List<Task<T>> dropped;
        lock.lock();
        try {
            dropped = stopTaking();
        } finally {
            lock.unlock();
        }
        listener.cancelAll(dropped);
        afterShutdown();
    }

    /** What a pool does once it takes no more tasks (stop its workers when idle). */
    void afterShutdown() {
    }
}
