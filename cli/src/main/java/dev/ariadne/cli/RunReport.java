package dev.ariadne.cli;

import dev.ariadne.result.CheckResult;
import dev.ariadne.result.TraceStep;
import dev.ariadne.lang.compile.Program;
import dev.ariadne.value.Value;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything the human and JSON reports say about one run after a session.
 *
 * @param traces     the trace of each of {@code result.violations()}, in the same order
 * @param stopReason why an interrupted run stopped: a signal name, or null for the timeout
 */
record RunReport(String model, Program program, CheckResult result, List<List<TraceStep>> traces, int workers,
                 String isolation, String store, String stopReason, long timeoutMillis) {

    /** The model's constants with the values the run used, in declaration order. */
    Map<String, Value> constants() {
        return constants(program);
    }

    static Map<String, Value> constants(Program program) {
        Map<String, Value> values = new LinkedHashMap<>();
        for (int i = 0; i < program.constNames().size(); i++) {
            values.put(program.constNames().get(i), program.constValue(i));
        }
        return values;
    }
}
