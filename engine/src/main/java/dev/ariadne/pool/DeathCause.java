package dev.ariadne.pool;

/** Why a worker process died, as far as the pool can tell: never something the model did, always the machine. */
public enum DeathCause {
    /** It ran out of memory (its exit status or its last error lines say so). */
    OUT_OF_MEMORY("out of memory"),
    /** A signal ended it (an exit status above 128): {@code kill}, the kernel's out-of-memory killer. */
    KILLED("killed"),
    /** It sent nothing for too long (stopped, or its JVM stuck), or overran a task's time limit: the pool killed it. */
    HUNG("hung"),
    /** It exited on its own with another status (a broken JVM, a crash). */
    CRASHED("crashed"),
    /**
     * Its JVM exited before it was ready, saying it could not be created: a flag it does not
     * know, a heap it cannot reserve. Every worker JVM gets the same flags, so the pool starts
     * no other once no worker of it was ever ready.
     */
    CANNOT_START("could not start");

    /** How a message says it, e.g. "out of memory". */
    public final String text;

    DeathCause(String text) {
        this.text = text;
    }
}
