package dev.ariadne.api;

import dev.ariadne.load.ModelException;

import java.util.List;

/**
 * A check that cannot be started, resumed or traced as asked: a model that does not
 * compile, a run directory that is missing, damaged, not empty or written by another
 * version, a selection naming no invariant. Bad input, never a bug: the message says
 * what is wrong, lower-case, one line per problem.
 */
public final class CheckException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** The model's errors, each {@code file:line:col: message}; empty when the problem is not the model's text. */
    private final List<String> modelErrors;

    public CheckException(String message) {
        super(message, null, false, false);
        this.modelErrors = List.of();
    }

    /** The model does not compile. */
    public CheckException(ModelException e) {
        super(String.join("\n", e.errors()), e, false, false);
        this.modelErrors = List.copyOf(e.errors());
    }

    public List<String> modelErrors() {
        return modelErrors;
    }
}
