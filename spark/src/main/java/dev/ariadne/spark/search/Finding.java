package dev.ariadne.spark.search;

import dev.ariadne.result.Violation;
import dev.ariadne.result.ViolationKind;

import java.io.Serializable;
import java.util.List;

/**
 * A violation found in an executor, as plain serialisable data for the trip to the driver,
 * with the depth of the state it is in (where the trace lookups start).
 */
public record Finding(String kind, String name, String message, int offset, long stateFp, int stepId,
                      String stepName, List<String> traceback, int depth) implements Serializable {

    public static Finding of(Violation v, int depth) {
        return new Finding(v.kind().name(), v.name(), v.message(), v.offset(), v.stateFp(), v.stepId(), v.stepName(),
                List.copyOf(v.traceback()), depth);
    }

    public Violation violation() {
        return new Violation(ViolationKind.valueOf(kind), name, message, offset, stateFp, stepId, stepName, traceback);
    }

    /** The order findings of one level are reported in, whichever executor found them first. */
    static int compare(Finding a, Finding b) {
        int c = Integer.compare(a.depth, b.depth);
        return c != 0 ? c : Long.compareUnsigned(a.stateFp, b.stateFp);
    }
}
