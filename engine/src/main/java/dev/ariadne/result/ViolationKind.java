package dev.ariadne.result;

/** What a check can find wrong, in the order of severity used for exit statuses. */
public enum ViolationKind {
    EVAL_ERROR("error"), INVARIANT("invariant"), ASSERTION("assertion"), DEADLOCK("deadlock"), LIVENESS("liveness");

    /** The name in reports ({@code "kind"} of the JSON report). */
    public final String label;

    ViolationKind(String label) {
        this.label = label;
    }
}
