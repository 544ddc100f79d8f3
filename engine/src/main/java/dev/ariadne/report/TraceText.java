package dev.ariadne.report;

import dev.ariadne.lang.compile.Program;
import dev.ariadne.lang.syntax.Location;
import dev.ariadne.liveness.Lasso;
import dev.ariadne.result.StateView;
import dev.ariadne.result.TraceStep;
import dev.ariadne.result.Violation;
import dev.ariadne.snapshot.Fingerprint;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;

/**
 * Violations and traces as text for people: what the command line prints and what a
 * failed JUnit assertion says, so both read the same.
 */
public final class TraceText {
    private TraceText() {
    }

    /** Every violation: what and where, then its trace. */
    public static void violations(PrintStream out, Program program, List<Violation> violations,
                                  List<List<TraceStep>> traces) {
        for (int i = 0; i < violations.size(); i++) {
            out.println();
            if (violations.size() > 1) {
                out.print("[" + (i + 1) + " of " + violations.size() + "] ");
            }
            violation(out, program, violations.get(i), traces.get(i));
        }
    }

    /** One violation and its trace, with a lasso's end. */
    public static void violation(PrintStream out, Program program, Violation v, List<TraceStep> trace) {
        violation(out, program, v);
        out.println();
        trace(out, trace, v.message());
        Lasso lasso = v.lasso();
        if (lasso != null) {
            int width = Integer.toString(trace.size()).length();
            out.println(" ".repeat(width + 4) + (lasso.stutters()
                    ? "then stutters for ever in state " + trace.size()
                    : "back to state " + (lasso.loopTo() + 1) + ": the cycle repeats for ever"));
        }
    }

    /** The headline ("Invariant NotSolved is violated"), the place with its source line and caret, the message. */
    public static void violation(PrintStream out, Program program, Violation v) {
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

    public static String headline(Violation v) {
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
    public static void trace(PrintStream out, List<TraceStep> steps, String failure) {
        long states = steps.stream().filter(s -> s.state() != null).count();
        out.println("Trace (" + states + (states == 1 ? " state" : " states") + "):");
        StateView prev = null;
        int width = Integer.toString(steps.size()).length();
        String indent = " ".repeat(width + 5);
        for (int i = 0; i < steps.size(); i++) {
            TraceStep s = steps.get(i);
            String where = s.location() == null ? "" : " (" + s.location() + ")";
            String fp = s.state() == null ? "" : "  [" + Fingerprint.hex(s.fingerprint()) + "]";
            out.println(String.format(Locale.US, "  %" + width + "d. %s%s%s", i + 1, s.name(), where, fp));
            if (s.state() == null) {
                out.println(indent + "fails: " + failure);
                continue;
            }
            List<String> lines = prev == null ? StateDiff.full(s.state()) : StateDiff.changes(prev, s.state());
            lines.forEach(l -> out.println(indent + l));
            prev = s.state();
        }
    }
}
