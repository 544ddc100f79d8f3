package dev.ariadne.result;

/** The outcome of one check. */
public enum Status {
    OK("ok"), VIOLATION("violation"), DEADLOCK("deadlock"), ERROR("error"), LIVENESS("liveness"),
    INTERRUPTED("interrupted"), FAILED("failed");

    public final String label;

    Status(String label) {
        this.label = label;
    }

    /** The verdict on a run that found these violations: the most severe one's status, or OK. */
    public static Status worst(java.util.List<Violation> violations) {
        Status worst = OK;
        for (Violation v : violations) {
            Status s = of(v.kind());
            if (worst == OK || s.severity() < worst.severity()) {
                worst = s;
            }
        }
        return worst;
    }

    /** Lower is more severe (CLI.md: error, violation, deadlock, liveness). */
    int severity() {
        return switch (this) {
            case FAILED -> 0;
            case ERROR -> 1;
            case VIOLATION -> 2;
            case DEADLOCK -> 3;
            case LIVENESS -> 4;
            case INTERRUPTED -> 5;
            case OK -> 6;
        };
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
