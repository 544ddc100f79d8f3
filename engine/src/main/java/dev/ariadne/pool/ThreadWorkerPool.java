package dev.ariadne.pool;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * A worker pool of threads of this JVM. Each worker thread blocks on the pool's
 * condition until there is a task for it, so a task is only taken by a worker that is
 * free, and the most urgent waiting task is always the next one taken.
 */
public final class ThreadWorkerPool<T, R> extends QueuedPool<T, R> {
    private final List<Thread> threads = new ArrayList<>();
    private final List<Task<T>> running = new ArrayList<>();

    public ThreadWorkerPool(int workers, Supplier<? extends TaskHandler<T, R>> handlers, TaskListener<T, R> listener) {
        super(listener);
        if (workers < 1) {
            throw new IllegalArgumentException("a pool needs at least one worker");
        }
        for (int i = 0; i < workers; i++) {
            Thread t = new Thread(() -> work(handlers.get()), "ariadne-worker-" + i);
            t.setDaemon(true);
            threads.add(t);
        }
        threads.forEach(Thread::start);
    }

    @Override
    public int size() {
        return threads.size();
    }

    @Override
    public boolean isolated() {
        return false;
    }

    @Override
    void dispatch() {
        changed.signal(); // one free worker takes it
    }

    @Override
    void cancelRunning(String tag) {
        for (Task<T> t : running) {
            if (tag == null || t.tag.equals(tag)) {
                t.cancel();
            }
        }
    }

    private void work(TaskHandler<T, R> handler) {
        try (handler) {
            while (true) {
                Task<T> task;
                lock.lock();
                try {
                    while (queue.isEmpty() && !shutdown) {
                        changed.await();
                    }
                    if (queue.isEmpty()) {
                        return;
                    }
                    task = queue.poll();
                    task.attempts++;
                    running.add(task);
                } finally {
                    lock.unlock();
                }
                run(handler, task);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void run(TaskHandler<T, R> handler, Task<T> task) {
        R result = null;
        Throwable error = null;
        try {
            result = handler.handle(task);
        } catch (Throwable t) {
            error = t;
        }
        lock.lock();
        try {
            running.remove(task);
        } finally {
            lock.unlock();
        }
        if (task.isCancelled()) {
            listener.cancelled(task);
        } else if (error != null) {
            listener.failed(task, error);
        } else {
            listener.completed(task, result);
        }
    }

    @Override
    public boolean awaitTermination(long millis) throws InterruptedException {
        long deadline = System.currentTimeMillis() + millis;
        for (Thread t : threads) {
            long left = deadline - System.currentTimeMillis();
            if (left <= 0) {
                return false;
            }
            t.join(left);
            if (t.isAlive()) {
                return false;
            }
        }
        return true;
    }

    @Override
    public void shutdownNow() {
        lock.lock();
        try {
            cancelRunning(null);
        } finally {
            lock.unlock();
        }
        shutdown();
    }
}
