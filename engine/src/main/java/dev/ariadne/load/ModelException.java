package dev.ariadne.load;

import java.util.List;

/**
 * A model that cannot be checked: a file that cannot be read, static errors (lexical,
 * syntax, resolution, compilation, bad {@code --const} values), or a constant whose
 * initialiser fails. Its message is ready for the user: every error as
 * {@code file:line:col: message}, the source line and a caret.
 */
public final class ModelException extends Exception {
    /** Why the model cannot be checked. */
    public enum Kind { UNREADABLE, STATIC, LOAD }

    private final Kind kind;
    private final List<String> errors;

    public ModelException(Kind kind, List<String> errors) {
        super(String.join("\n", errors));
        this.kind = kind;
        this.errors = List.copyOf(errors);
    }

    public Kind kind() {
        return kind;
    }

    /** Each error, formatted. */
    public List<String> errors() {
        return errors;
    }
}
