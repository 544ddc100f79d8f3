package dev.ariadne.lang.syntax;

import java.util.List;

/**
 * What parsing a lone expression (such as a {@code --const NAME=EXPR} value) gives.
 *
 * @param expr   the expression, or null when it could not be parsed
 * @param errors the errors, sorted by offset (empty for a valid expression)
 */
public record ExpressionResult(Expr expr, List<Diagnostic> errors) {
    public ExpressionResult {
        errors = List.copyOf(errors);
    }

    public boolean ok() {
        return errors.isEmpty();
    }
}
