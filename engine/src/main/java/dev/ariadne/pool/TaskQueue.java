package dev.ariadne.pool;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;

/**
 * The pool's waiting tasks, most urgent first. Not thread-safe: the pool guards it with
 * its own lock.
 */
final class TaskQueue<T> {
    private final PriorityQueue<Task<T>> queue = new PriorityQueue<>(
            Comparator.comparingLong((Task<T> t) -> t.priority).thenComparingLong(t -> t.sequence));
    private long submitted;

    void add(Task<T> t) {
        if (t.sequence < 0) {
            t.sequence = submitted++; // a retried task keeps its place among equals
        }
        queue.add(t);
    }

    /** The most urgent task, left in the queue; null if none. */
    Task<T> peek() {
        return queue.peek();
    }

    Task<T> poll() {
        return queue.poll();
    }

    boolean isEmpty() {
        return queue.isEmpty();
    }

    /** Removes and returns the tasks of one tag (every task if tag is null). */
    List<Task<T>> removeTag(String tag) {
        List<Task<T>> out = new ArrayList<>();
        queue.removeIf(t -> {
            if (tag == null || t.tag.equals(tag)) {
                out.add(t);
                return true;
            }
            return false;
        });
        return out;
    }
}
