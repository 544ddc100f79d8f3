package dev.ariadne.pool;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;

/**
 * The pool's waiting tasks, most urgent first. Not thread-safe: the pool guards it with
 * its own lock.
 */
final class TaskQueue {
    private final PriorityQueue<Task> queue = new PriorityQueue<>(
            Comparator.comparingLong((Task t) -> t.priority).thenComparingLong(t -> t.sequence));
    private long submitted;

    void add(Task t) {
        if (t.sequence < 0) {
            t.sequence = submitted++; // a retried task keeps its place among equals
        }
        queue.add(t);
    }

    Task poll() {
        return queue.poll();
    }

    boolean isEmpty() {
        return queue.isEmpty();
    }

    /** Removes and returns the tasks of one tag (every task if tag is null). */
    List<Task> removeTag(String tag) {
        List<Task> out = new ArrayList<>();
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
