package dev.ariadne.cli;

import dev.ariadne.api.CheckReport;
import dev.ariadne.api.Counterexample;
import dev.ariadne.lang.compile.Program;
import dev.ariadne.result.CheckResult;
import dev.ariadne.result.TraceStep;
import dev.ariadne.value.Value;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the human and JSON reports say about one run after a session: the API's report
 * and what the command line adds (how the session ran, how the store is shown).
 *
 * @param stopReason why an interrupted run stopped: a signal name, or null for the timeout
 */
record RunSummary(CheckReport report, int workers, String isolation, String store, String stopReason,
                  long timeoutMillis) {

    String model() {
        return report.model();
    }

    Program program() {
        return report.program();
    }

    CheckResult result() {
        return report.result();
    }

    /** The trace of each of {@code result().violations()}, in the same order. */
    List<List<TraceStep>> traces() {
        return report.violations().stream().map(Counterexample::trace).toList();
    }

    Map<String, Value> constants() {
        return report.constants();
    }

    static Map<String, Value> constants(Program program) {
        Map<String, Value> values = new LinkedHashMap<>();
        for (int i = 0; i < program.constNames().size(); i++) {
            values.put(program.constNames().get(i), program.constValue(i));
        }
        return values;
    }
}
