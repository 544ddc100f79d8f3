package dev.ariadne.cli;

import dev.ariadne.result.CheckResult;
import dev.ariadne.result.PropertyVerdict;
import dev.ariadne.liveness.Lasso;
import dev.ariadne.result.StateView;
import dev.ariadne.result.TraceStep;
import dev.ariadne.result.Violation;
import dev.ariadne.lang.compile.Program;
import dev.ariadne.lang.syntax.Location;
import dev.ariadne.snapshot.Fingerprint;
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
        for (int i = 0; i < violations.size(); i++) {
            out.println();
            if (violations.size() > 1) {
                out.print("[" + (i + 1) + " of " + violations.size() + "] ");
            }
            violation(out, program, violations.get(i));
            out.println();
            trace(out, traces.get(i), violations.get(i).message());
            Lasso lasso = violations.get(i).lasso();
            if (lasso != null) {
                int width = Integer.toString(traces.get(i).size()).length();
                out.println(" ".repeat(width + 4) + (lasso.stutters()
                        ? "then stutters for ever in state " + traces.get(i).size()
                        : "back to state " + (lasso.loopTo() + 1) + ": the cycle repeats for ever"));
            }
        }
    }

    /** The headline ("Invariant NotSolved is violated"), the place with its source line and caret, the message. */
    static void violation(PrintStream out, Program program, Violation v) {
        out.println(headline(v));
        if (v.offset() >= 0) {
            Location at = program.source().location(v.offset());
            out.println(at + ": " + v.message());
            out.println("    " + program.source().lineText(at.line()));
            out.println("    " + " ".repeat(Math.max(0, at.column() - 1)) + "^");
        } else {
            out.println(v.message());
        }
        if (!v.traceback().isEmpty()) {
            out.println("Traceback (most recent call last):");
            v.traceback().forEach(t -> out.println("  " + t));
        }
    }

    static String headline(Violation v) {
        String step = v.stepName() == null ? "" : " in step " + v.stepName();
        return switch (v.kind()) {
            case INVARIANT -> "Invariant " + v.name() + " is violated";
            case ASSERTION -> "Assertion failed" + step;
            case EVAL_ERROR -> "Runtime error" + (step.isEmpty() ? " while checking the last state of the trace" : step);
            case DEADLOCK -> "Deadlock";
            case LIVENESS -> "Liveness property " + v.name() + " is violated";
        };
    }

    /**
     * A trace: each step's number, name, place and fingerprint (for {@code trace --state}),
     * then the first state in full and every later one as its changes.
     * {@code failure} is said under a last step that has no state (it failed).
     */
    static void trace(PrintStream out, List<TraceStep> steps, String failure) {
        long states = steps.stream().filter(s -> s.state() != null).count();
        out.println("Trace (" + states + (states == 1 ? " state" : " states") + "):");
        StateView prev = null;
        int width = Integer.toString(steps.size()).length();
        String indent = " ".repeat(width + 5);
        for (int i = 0; i < steps.size(); i++) {
            TraceStep s = steps.get(i);
            String where = s.location() == null ? "" : " (" + s.location() + ")";
            String fp = s.state() == null ? "" : "  [" + Fingerprint.hex(s.fingerprint()) + "]";
            out.println(String.format(Locale.ROOT, "  %" + width + "d. %s%s%s", i + 1, s.name(), where, fp));
            if (s.state() == null) {
                out.println(indent + "fails: " + failure);
                continue;
            }
            List<String> lines = prev == null ? StateDiff.full(s.state()) : StateDiff.changes(prev, s.state());
            lines.forEach(l -> out.println(indent + l));
            prev = s.state();
        }
    }

    /** The verdict, the counts, the time and the store, with what to type next. */
    static void summary(PrintStream out, RunReport r) {
        CheckResult res = r.result();
        out.println();
        out.println(verdict(r));
        out.println(String.format(Locale.ROOT, "  %,d distinct states, %,d generated, depth %d, %s",
                res.distinct(), res.generated(), res.depth(), Durations.format(res.elapsedSeconds())));
        if (res.queueLeft() > 0) {
            out.println(String.format(Locale.ROOT, "  %,d %s left on the queue", res.queueLeft(),
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

    private static String verdict(RunReport r) {
        CheckResult res = r.result();
        long n = Math.max(res.violationCount(), res.violations().size());
        String more = n > 1 ? " (" + String.format(Locale.ROOT, "%,d", n) + " violations" + capped(res) + ")" : "";
        return switch (res.status()) {
            case OK -> "No violation found.";
            case VIOLATION, ERROR, DEADLOCK, LIVENESS -> "Failed: " + headline(res.violations().get(0)) + more + ".";
            case INTERRUPTED -> (r.stopReason() != null ? "Interrupted (" + r.stopReason() + ")"
                    : "Stopped: the time limit (--timeout " + Durations.formatLimit(r.timeoutMillis()) + ") is reached")
                    + (n > 0 ? "; " + String.format(Locale.ROOT, "%,d", n) + (n == 1 ? " violation" : " violations")
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
