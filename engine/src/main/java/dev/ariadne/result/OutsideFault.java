package dev.ariadne.result;

import dev.ariadne.pool.DeathCause;
import dev.ariadne.pool.WorkerDied;
import dev.ariadne.pool.WorkerLauncher;
import dev.ariadne.snapshot.Fingerprint;

/**
 * A fault of the machine that stopped a run while a state was being expanded: the
 * memory ran out, or every worker process that tried the state was killed, hung or
 * crashed. It is never a property of the model, so it is never a verdict: the run stops
 * resumably, and this says what happened and on which state.
 */
public final class OutsideFault extends RuntimeException {
    private final DeathCause cause;
    private final long fingerprint;
    /** How many worker processes died on the state; 0 in thread isolation. */
    private final int deaths;

    private OutsideFault(DeathCause cause, long fingerprint, int deaths, Throwable origin) {
        this(describe(cause, fingerprint, deaths), cause, fingerprint, deaths, origin);
    }

    private OutsideFault(String message, DeathCause cause, long fingerprint, int deaths, Throwable origin) {
        super(message, origin);
        this.cause = cause;
        this.fingerprint = fingerprint;
        this.deaths = deaths;
    }

    /** The fault a worker's failure on state {@code fp} is, or null if the failure is not an outside fault. */
    public static OutsideFault of(Throwable error, long fp) {
        if (error instanceof WorkerDied died) {
            if (died.deathCause() == DeathCause.CANNOT_START) {
                // Not a state's doing: the JVM flags are wrong (or the heap they ask for cannot be had).
                return new OutsideFault("worker processes cannot start: their JVM exits before it is ready ("
                        + died.lastReason() + "); a worker JVM takes the flags of ARIADNE_JAVA_OPTS, then of "
                        + WorkerLauncher.WORKER_OPTIONS, died.deathCause(), fp, died.deaths(), died);
            }
            if (died.attempts() == 0) {
                // No worker began the state: they died before it, and only their last words say why.
                return new OutsideFault("worker process " + died.deathCause().text + " " + times(died.deaths())
                        + " before expanding state " + Fingerprint.hex(fp) + " (" + died.lastReason() + ")",
                        died.deathCause(), fp, died.deaths(), died);
            }
            return new OutsideFault(died.deathCause(), fp, died.attempts(), died);
        }
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof OutOfMemoryError) {
                return new OutsideFault(DeathCause.OUT_OF_MEMORY, fp, 0, error);
            }
        }
        return null;
    }

    /** Whether a worker's failure is an outside fault (then the batch is tried again state by state). */
    public static boolean isOutside(Throwable error) {
        return of(error, 0) != null;
    }

    private static String describe(DeathCause cause, long fp, int deaths) {
        String state = "state " + Fingerprint.hex(fp);
        if (cause == DeathCause.OUT_OF_MEMORY) {
            // The same words in both isolations: what matters is the memory, not who held it.
            return "out of memory expanding " + state + (deaths > 0 ? "; its worker process died " + times(deaths)
                    : "");
        }
        return "worker process " + cause.text + " " + times(deaths) + " expanding " + state;
    }

    private static String times(int n) {
        return n == 1 ? "once" : n + " times";
    }

    public DeathCause deathCause() {
        return cause;
    }

    /** The state being expanded when the fault struck. */
    public long fingerprint() {
        return fingerprint;
    }

    public int deaths() {
        return deaths;
    }
}
