package dev.ariadne.cli;

import dev.ariadne.result.CheckResult;
import dev.ariadne.result.PropertyVerdict;
import dev.ariadne.result.TraceStep;
import dev.ariadne.result.Violation;
import dev.ariadne.report.TraceText;
import dev.ariadne.lang.compile.Program;
import dev.ariadne.value.Repr;
import dev.ariadne.value.Value;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;

/** The report for people on standard output: what is checked, each violation with its trace, and the verdict. */
final class HumanReport {
    private HumanReport() {
    }

    static void header(PrintStream out, String verb, String model, Map<String, Value> constants, int workers) {
        StringJoiner consts = new StringJoiner(", ", " (", ")").setEmptyValue("");
        constants.forEach((k, v) -> consts.add(k + "=" + Repr.repr(v)));
        out.println(verb + " " + model + consts + " with " + workers + (workers == 1 ? " worker" : " workers"));
    }

    /** Every violation: what and where, then its trace. */
    static void violations(PrintStream out, Program program, List<Violation> violations, List<List<TraceStep>> traces) {
        TraceText.violations(out, program, violations, traces);
    }

    static void trace(PrintStream out, List<TraceStep> steps, String failure) {
        TraceText.trace(out, steps, failure);
    }

    /** The verdict, the counts, the time and the store, with what to type next. */
    static void summary(PrintStream out, RunSummary r) {
        CheckResult res = r.result();
        out.println();
        out.println(verdict(r));
        out.println(String.format(Locale.US, "  %,d distinct states, %,d generated, depth %d, %s",
                res.distinct(), res.generated(), res.depth(), Durations.format(res.elapsedSeconds())));
        if (res.queueLeft() > 0) {
            out.println(String.format(Locale.US, "  %,d %s left on the queue", res.queueLeft(),
                    res.queueLeft() == 1 ? "state" : "states"));
        }
        for (PropertyVerdict p : res.properties()) {
            out.println("  property " + p.name() + " (" + p.formula() + "): " + p.verdict().label
                    + (p.note() == null ? "" : "; " + p.note()));
        }
        out.println("  store: " + r.store());
        if (res.coverage() != null) {
            CoverageText.print(out, res.coverage());
        }
        switch (res.status()) {
            case INTERRUPTED -> out.println("  resume with: ariadne resume " + r.store());
            case VIOLATION, DEADLOCK, ERROR, LIVENESS -> out.println("  trace again with: ariadne trace " + r.store());
            default -> {
            }
        }
    }

    private static String verdict(RunSummary r) {
        CheckResult res = r.result();
        long n = Math.max(res.violationCount(), res.violations().size());
        String more = n > 1 ? " (" + String.format(Locale.US, "%,d", n) + " violations" + capped(res) + ")" : "";
        return switch (res.status()) {
            case OK -> "No violation found.";
            case VIOLATION, ERROR, DEADLOCK, LIVENESS -> "Failed: " + TraceText.headline(res.violations().get(0)) + more + ".";
            case INTERRUPTED -> (r.stopReason() != null ? "Interrupted (" + r.stopReason() + ")"
                    : "Stopped: the time limit (--timeout " + Durations.formatLimit(r.timeoutMillis()) + ") is reached")
                    + (n > 0 ? "; " + String.format(Locale.US, "%,d", n) + (n == 1 ? " violation" : " violations")
                    + " so far" + capped(res) : "") + ".";
            case FAILED -> "Internal failure.";
        };
    }

    /** Says that the cap of --continue was reached, so nobody takes the violations shown for all of them. */
    private static String capped(CheckResult res) {
        return res.capped() ? "; the cap is reached: only the first " + res.violations().size()
                + " are kept and shown (--max-violations N keeps more)" : "";
    }
}
