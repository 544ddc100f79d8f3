package dev.ariadne.pool;

/** The error a task fails with when every worker process that ran it died: why the last one died, and how often. */
public final class WorkerDied extends RuntimeException {
    private final DeathCause cause;
    private final int attempts;
    private final int deaths;
    private final String lastReason;

    /**
     * {@code lastReason} is what the last worker's exit status and error lines said: when the
     * task never started ({@code attempts} 0), its workers died before they could run it, and
     * that is the only clue (a JVM that cannot start, say).
     */
    public WorkerDied(String message, DeathCause cause, int attempts, int deaths, String lastReason) {
        super(message);
        this.cause = cause;
        this.attempts = attempts;
        this.deaths = deaths;
        this.lastReason = lastReason;
    }

    /** Why the last worker holding the task died. */
    public DeathCause deathCause() {
        return cause;
    }

    /** How many times the task was started in a worker that then died. */
    public int attempts() {
        return attempts;
    }

    /** How many worker processes died while holding the task, started or not. */
    public int deaths() {
        return deaths;
    }

    /** Why the last worker holding the task died, as its exit status and last error lines tell. */
    public String lastReason() {
        return lastReason;
    }
}
