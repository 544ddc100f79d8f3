package dev.ariadne.space;

import dev.ariadne.result.Violation;

/**
 * A fault of the model found by a {@link Cursor} (a failed assertion, a runtime error in
 * a step, an invariant, a constraint or a property): a finding, never a fault of the
 * machine. It carries the finding as a {@link Violation}, with the state and step.
 */
public final class ModelError extends RuntimeException {
    private final transient Violation violation;

    public ModelError(Violation violation, Throwable cause) {
        super(violation.message(), cause, false, false);
        this.violation = violation;
    }

    public Violation violation() {
        return violation;
    }
}
