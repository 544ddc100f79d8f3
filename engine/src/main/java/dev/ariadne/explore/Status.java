package dev.ariadne.explore;

/** The outcome of one check. */
public enum Status {
    OK("ok"), VIOLATION("violation"), DEADLOCK("deadlock"), ERROR("error"), LIVENESS("liveness"),
    INTERRUPTED("interrupted"), FAILED("failed");

    public final String label;

    Status(String label) {
        this.label = label;
    }

    static Status of(ViolationKind k) {
        return switch (k) {
            case EVAL_ERROR -> ERROR;
            case INVARIANT, ASSERTION -> VIOLATION;
            case DEADLOCK -> DEADLOCK;
            case LIVENESS -> LIVENESS;
        };
    }
}
