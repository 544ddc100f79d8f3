package dev.ariadne.pool;

/**
 * One bounded pool of workers shared by every check of an invocation: never more than
 * its size running at once, work handed to a worker only when it has room, the most
 * urgent task first, interruption by tag, graceful and immediate shutdown.
 */
public interface WorkerPool extends AutoCloseable {
    /** The number of workers, the bound on tasks running at once. */
    int size();

    /** Queues a task; it runs when a worker is free and no more urgent task waits. */
    void submit(Task task);

    /**
     * Cancels the tag's queued tasks (reported as cancelled) and asks its running ones to
     * stop; other tags are untouched.
     */
    void interrupt(String tag);

    /** Stops taking tasks, lets running ones finish, drops queued ones (reported as cancelled). */
    void shutdown();

    /** Waits until every worker has stopped; returns false on timeout. */
    boolean awaitTermination(long millis) throws InterruptedException;

    /** Cancels everything and stops every worker now. */
    void shutdownNow();

    @Override
    default void close() {
        shutdownNow();
    }
}
