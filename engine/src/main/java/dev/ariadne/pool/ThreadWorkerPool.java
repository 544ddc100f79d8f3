package dev.ariadne.pool;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * A worker pool of threads of this JVM. Each worker thread blocks on the queue's
 * condition until there is a task for it, so a task is only taken by a worker that is
 * free, and the most urgent waiting task is always the next one taken.
 */
public final class ThreadWorkerPool implements WorkerPool {
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition work = lock.newCondition();
    private final TaskQueue queue = new TaskQueue();
    private final List<Thread> threads = new ArrayList<>();
    private final List<Task> running = new ArrayList<>();
    private final TaskListener listener;
    private boolean shutdown;

    public ThreadWorkerPool(int workers, Supplier<TaskHandler> handlers, TaskListener listener) {
        if (workers < 1) {
            throw new IllegalArgumentException("a pool needs at least one worker");
        }
        this.listener = listener;
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
    public void submit(Task task) {
        lock.lock();
        try {
            if (shutdown) {
                listener.cancelled(task);
                return;
            }
            queue.add(task);
            work.signal();
        } finally {
            lock.unlock();
        }
    }

    private void work(TaskHandler handler) {
        try (handler) {
            while (true) {
                Task task;
                lock.lock();
                try {
                    while (queue.isEmpty() && !shutdown) {
                        work.await();
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

    private void run(TaskHandler handler, Task task) {
        Object result = null;
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
    public void interrupt(String tag) {
        List<Task> dropped;
        lock.lock();
        try {
            dropped = queue.removeTag(tag);
            for (Task t : running) {
                if (t.tag.equals(tag)) {
                    t.cancel();
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
            work.signalAll();
        } finally {
            lock.unlock();
        }
        listener.cancelAll(dropped);
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
            for (Task t : running) {
                t.cancel();
            }
        } finally {
            lock.unlock();
        }
        shutdown();
    }
}
