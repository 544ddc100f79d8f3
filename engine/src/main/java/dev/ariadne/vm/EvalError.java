package dev.ariadne.vm;

import dev.ariadne.lang.syntax.Location;
import dev.ariadne.lang.syntax.SourceFile;

import java.util.List;

/**
 * A runtime error or a failed {@code assert} in the model, with where it happened: the
 * source offset of the failing instruction and a Python-style traceback.
 */
public final class EvalError extends RuntimeException {
    /** What went wrong: a runtime error, or an assertion that does not hold. */
    public enum Kind { RUNTIME, ASSERTION }

    /** One line of the traceback: a function (or step) and the offset being executed in it. */
    public record Line(String function, int offset) {
    }

    private final Kind kind;
    private final int offset;
    private final List<Line> traceback;
    private final transient SourceFile source;
    /** The name of the step that failed (with its parameters), set by the machine. */
    private String step;

    EvalError(Kind kind, String message, int offset, List<Line> traceback, SourceFile source) {
        super(message, null, false, false);
        this.kind = kind;
        this.offset = offset;
        this.traceback = List.copyOf(traceback);
        this.source = source;
    }

    /** The invariant or constraint being evaluated when the error happened, or null. */
    private String check;
    /** The constant being evaluated when the program was loaded, or null. */
    private String constant;

    /** The constant whose value failed while the program was loaded, or null. */
    public String constant() {
        return constant;
    }

    void setConstant(String name) {
        this.constant = name;
    }

    /** Whether it happened in the expression being evaluated itself, not in a function it called. */
    public boolean atTopLevel() {
        return traceback.size() <= 1;
    }

    public String check() {
        return check;
    }

    public void setCheck(String name) {
        this.check = name;
    }

    /** The name of the failing step, with its parameters, or null outside a step. */
    public String step() {
        return step;
    }

    void setStep(String step) {
        if (this.step == null) {
            this.step = step;
        }
    }

    public Kind kind() {
        return kind;
    }

    /** The source offset of the failing instruction. */
    public int offset() {
        return offset;
    }

    public Location location() {
        return source.location(offset);
    }

    /** The calls that led to the error, outermost first. */
    public List<Line> traceback() {
        return traceback;
    }
}
