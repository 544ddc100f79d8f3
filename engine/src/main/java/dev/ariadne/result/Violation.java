package dev.ariadne.result;

import dev.ariadne.liveness.Lasso;
import java.util.List;

/**
 * Something found wrong in a state, and where.
 *
 * @param name      the invariant's name: the violated one, or the invariant or constraint whose
 *                  evaluation raised a runtime error; else null
 * @param offset    the source offset of the culprit (the invariant, the assert, the failing
 *                  instruction), or -1 for a deadlock
 * @param stateFp   the state where it shows: the violating or deadlocked state, or the state a
 *                  failing step started from
 * @param stepId    the failing step (assertions and runtime errors in steps), else
 *                  {@link Violation#NO_STEP}
 * @param stepName  that step's name, parameters included
 * @param traceback the calls that led to a runtime error, outermost first, as "function at file:line:col"
 * @param lasso     for a temporal property: the behaviour that violates it, else null
 */
public record Violation(ViolationKind kind, String name, String message, int offset, long stateFp, int stepId,
                        String stepName, List<String> traceback, Lasso lasso) {

    /** A violation in one state or step, with no lasso. */
    public Violation(ViolationKind kind, String name, String message, int offset, long stateFp, int stepId,
                     String stepName, List<String> traceback) {
        this(kind, name, message, offset, stateFp, stepId, stepName, traceback, null);
    }

    /** No failing step: the violation is in the state itself. */
    public static final int NO_STEP = Integer.MIN_VALUE;
}
