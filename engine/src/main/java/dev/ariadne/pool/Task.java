package dev.ariadne.pool;

/**
 * A unit of work for the pool: what to do ({@link #payload}, of the pool's task type), which check it belongs to
 * ({@link #tag}, the unit of interruption) and how urgent it is ({@link #priority},
 * lower first; ties go to the task submitted first).
 */
public final class Task<T> {
    public final String tag;
    public final long priority;
    public final T payload;
    /** Submission order, the tie-breaker between equal priorities; -1 until first queued. */
    long sequence = -1;
    /**
     * How many times the task was started (a retry after a worker died increments it), less the
     * starts in a worker JVM that another of its tasks broke.
     */
    int attempts;
    /** How many workers died while holding the task, running it or not. */
    int deaths;
    /**
     * Whether it must run alone in its worker JVM: it broke one, or was running beside others
     * when one died of an unnamed task.
     */
    boolean alone;
    private volatile boolean cancelled;

    public Task(String tag, long priority, T payload) {
        this.tag = tag;
        this.priority = priority;
        this.payload = payload;
    }

    /** Whether the task's tag was interrupted: a running handler should stop at its next safe point. */
    public boolean isCancelled() {
        return cancelled;
    }

    void cancel() {
        cancelled = true;
    }

    public int attempts() {
        return attempts;
    }

    @Override
    public String toString() {
        return "Task[" + tag + ", priority " + priority + ", #" + sequence + "]";
    }
}
