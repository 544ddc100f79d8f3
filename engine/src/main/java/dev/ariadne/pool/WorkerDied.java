package dev.ariadne.pool;

/** The error a task fails with when every worker process that ran it died: why the last one died, and how often. */
public final class WorkerDied extends RuntimeException {
    private final DeathCause cause;
    private final int attempts;

    public WorkerDied(String message, DeathCause cause, int attempts) {
        super(message);
        this.cause = cause;
        this.attempts = attempts;
    }

    /** Why the last worker holding the task died. */
    public DeathCause deathCause() {
        return cause;
    }

    /** How many times the task was started in a worker that then died. */
    public int attempts() {
        return attempts;
    }
}
