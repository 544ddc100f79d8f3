package dev.ariadne.pool;

import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * Sends each task's end to the queue of the check that owns its tag, so that several
 * checks share one pool and each coordinator blocks on its own queue.
 */
public final class EventRouter<T, R> implements TaskListener<T, R> {
    /** One task's end: its result, its error, or neither when it was cancelled. */
    public record Event<T, R>(Task<T> task, R result, Throwable error, boolean cancelled) {
    }

    private final Map<String, BlockingQueue<Event<T, R>>> queues = new ConcurrentHashMap<>();
    private final Map<String, Consumer<String>> printers = new ConcurrentHashMap<>();

    public void register(String tag, BlockingQueue<Event<T, R>> queue) {
        queues.put(tag, queue);
    }

    /** Where the lines a tag's tasks print in worker processes go (printed at once, as worker threads do). */
    public void registerPrinter(String tag, Consumer<String> printer) {
        printers.put(tag, printer);
    }

    @Override
    public void output(Task<T> task, String line) {
        Consumer<String> p = printers.get(task.tag);
        if (p != null) {
            p.accept(line);
        }
    }

    public void unregister(String tag) {
        queues.remove(tag);
    }

    private void deliver(Event<T, R> e) {
        BlockingQueue<Event<T, R>> q = queues.get(e.task().tag);
        if (q != null) {
            q.add(e);
        }
    }

    @Override
    public void completed(Task<T> task, R result) {
        deliver(new Event<>(task, result, null, false));
    }

    @Override
    public void failed(Task<T> task, Throwable error) {
        deliver(new Event<>(task, null, error, false));
    }

    @Override
    public void cancelled(Task<T> task) {
        deliver(new Event<>(task, null, null, true));
    }
}
