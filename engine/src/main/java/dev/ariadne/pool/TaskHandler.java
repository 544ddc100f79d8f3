package dev.ariadne.pool;

/**
 * What one worker does with a task of type {@code T}, giving a result of type {@code R};
 * each worker has its own handler, used by one thread at a time.
 */
public interface TaskHandler<T, R> extends AutoCloseable {
    R handle(Task<T> task) throws Exception;

    @Override
    default void close() {
    }
}
