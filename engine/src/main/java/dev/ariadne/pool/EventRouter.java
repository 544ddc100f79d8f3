package dev.ariadne.pool;

import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * Sends each task's end to the queue of the check that owns its tag, so that several
 * checks share one pool and each coordinator blocks on its own queue.
 */
public final class EventRouter implements TaskListener {
    /** One task's end: its result, its error, or neither when it was cancelled. */
    public record Event(Task task, Object result, Throwable error, boolean cancelled) {
    }

    private final Map<String, BlockingQueue<Event>> queues = new ConcurrentHashMap<>();
    private final Map<String, Consumer<String>> printers = new ConcurrentHashMap<>();

    public void register(String tag, BlockingQueue<Event> queue) {
        queues.put(tag, queue);
    }

    /** Where the lines a tag's tasks print in worker processes go (printed at once, as worker threads do). */
    public void registerPrinter(String tag, Consumer<String> printer) {
        printers.put(tag, printer);
    }

    @Override
    public void output(Task task, String line) {
        Consumer<String> p = printers.get(task.tag);
        if (p != null) {
            p.accept(line);
        }
    }

    public void unregister(String tag) {
        queues.remove(tag);
    }

    private void deliver(Event e) {
        BlockingQueue<Event> q = queues.get(e.task().tag);
        if (q != null) {
            q.add(e);
        }
    }

    @Override
    public void completed(Task task, Object result) {
        deliver(new Event(task, result, null, false));
    }

    @Override
    public void failed(Task task, Throwable error) {
        deliver(new Event(task, null, error, false));
    }

    @Override
    public void cancelled(Task task) {
        deliver(new Event(task, null, null, true));
    }
}
