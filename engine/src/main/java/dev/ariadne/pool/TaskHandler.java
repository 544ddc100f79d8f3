package dev.ariadne.pool;

/** What one worker does with a task; each worker has its own handler, used by one thread at a time. */
public interface TaskHandler extends AutoCloseable {
    Object handle(Task task) throws Exception;

    @Override
    default void close() {
    }
}
