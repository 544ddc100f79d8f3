package dev.ariadne.pool;

import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * One bounded pool of workers shared by every check of an invocation, running tasks of
 * type {@code T} into results of type {@code R}: never more than its size running at
 * once, work handed to a worker only when it has room, the most urgent task first,
 * interruption by tag, graceful and immediate shutdown.
 *
 * <p>Whether the workers are isolated (in processes of their own) shows only here: an
 * isolated pool sends each tag's setup to its workers, tells of their deaths through
 * {@link #onNotice}, and fails a task whose workers kept dying with {@link WorkerDied}.
 */
public interface WorkerPool<T, R> extends AutoCloseable {
    /** The number of workers, the bound on tasks running at once. */
    int size();

    /** Queues a task; it runs when a worker is free and no more urgent task waits. */
    void submit(Task<T> task);

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

    /** Whether the workers run in processes of their own (they share no memory with the caller). */
    boolean isolated();

    /**
     * Gives every worker, now and later, what it needs to run the tasks of a tag. Workers
     * that share the caller's memory need nothing: the setup is then never made.
     */
    default void setup(String tag, Supplier<byte[]> setup) {
    }

    /** Where the pool tells what it did about its workers (a death, a hang), one line each. */
    default void onNotice(Consumer<String> sink) {
    }

    @Override
    default void close() {
        shutdownNow();
    }
}
