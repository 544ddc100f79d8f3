package dev.ariadne.api;

import dev.ariadne.lang.compile.Program;
import dev.ariadne.lang.syntax.Location;
import dev.ariadne.report.TraceText;
import dev.ariadne.result.StateView;
import dev.ariadne.result.TraceStep;
import dev.ariadne.result.Violation;
import dev.ariadne.result.ViolationKind;
import dev.ariadne.value.Value;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A violation found by a check with its shortest trace, as values a test can assert on:
 * the kind, the invariant's name, the message, where, and every state of the trace.
 * {@link #toString()} is the text the command line prints for it.
 */
public record Counterexample(Violation violation, List<TraceStep> trace, Program program) {
    public Counterexample {
        trace = List.copyOf(trace);
    }

    public ViolationKind kind() {
        return violation.kind();
    }

    /** The violated invariant or property, or null (a deadlock, an assertion). */
    public String name() {
        return violation.name();
    }

    public String message() {
        return violation.message();
    }

    /** Where the culprit is in the model (the invariant, the assert, the failing instruction), or null for a deadlock. */
    public Location location() {
        return violation.offset() < 0 ? null : program.source().location(violation.offset());
    }

    /** The states of the trace, first to last (a last step that failed has none). */
    public List<StateView> states() {
        return trace.stream().map(TraceStep::state).filter(s -> s != null).toList();
    }

    /** The value of global {@code name} in the last state of the trace. */
    public Value lastValue(String name) {
        List<StateView> s = states();
        return s.isEmpty() ? null : s.get(s.size() - 1).globals().get(name);
    }

    /** The step names of the trace, {@code Init} first. */
    public List<String> stepNames() {
        return trace.stream().map(TraceStep::name).toList();
    }

    /** The headline, the place with its source line, the message and the trace, as the command line prints them. */
    @Override
    public String toString() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
            TraceText.violation(out, program, violation, trace);
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
