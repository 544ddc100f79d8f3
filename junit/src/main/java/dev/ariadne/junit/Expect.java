package dev.ariadne.junit;

import dev.ariadne.result.Status;
import dev.ariadne.result.ViolationKind;

/** The verdict a {@link ModelCheck} expects: none, or the kind of the first violation found. */
public enum Expect {
    NO_VIOLATION("no violation", Status.OK, null),
    INVARIANT_VIOLATED("an invariant violated", Status.VIOLATION, ViolationKind.INVARIANT),
    ASSERTION_FAILS("an assertion failing", Status.VIOLATION, ViolationKind.ASSERTION),
    DEADLOCK("a deadlock", Status.DEADLOCK, ViolationKind.DEADLOCK),
    RUNTIME_ERROR("a runtime error", Status.ERROR, ViolationKind.EVAL_ERROR),
    PROPERTY_VIOLATED("a temporal property violated", Status.LIVENESS, ViolationKind.LIVENESS);

    final String text;
    final Status status;
    /** The kind of the first violation, or null for none. */
    final ViolationKind kind;

    Expect(String text, Status status, ViolationKind kind) {
        this.text = text;
        this.status = status;
        this.kind = kind;
    }
}
