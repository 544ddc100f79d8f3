package dev.ariadne.pool;

/**
 * Told of every task's end, on the worker's thread: a coordinator typically puts the
 * event on its own queue and blocks on that queue (no polling).
 */
public interface TaskListener<T, R> {
    void completed(Task<T> task, R result);

    /** The task failed for good: its handler threw, or its worker died more often than retries allow. */
    void failed(Task<T> task, Throwable error);

    /** A line the task printed in a worker process (the model's {@code print}), in the order printed. */
    default void output(Task<T> task, String line) {
    }

    /** The task was dropped because its tag was interrupted before it finished. */
    default void cancelled(Task<T> task) {
    }

    /** Marks every task cancelled and reports each. */
    default void cancelAll(java.util.List<Task<T>> tasks) {
        for (Task<T> t : tasks) {
            t.cancel();
            cancelled(t);
        }
    }
}
