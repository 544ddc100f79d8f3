package dev.ariadne.lang.syntax;

import java.util.List;

/**
 * A comprehension {@code [e for x in xs if c]}, {@code {e for ...}}, {@code {k: v for ...}} or
 * a generator expression {@code (e for ...)}.
 *
 * @param offset  the offset of the opening bracket, or of the element's first token for a
 *                generator that is the sole argument of a call
 * @param kind    which kind of collection it builds
 * @param element the element, or the key for {@link Kind#DICT}
 * @param value   the value for {@link Kind#DICT}, null otherwise
 * @param clauses the clauses, outermost first; the first is always a {@link ForClause}
 */
public record ComprehensionExpr(int offset, Kind kind, Expr element, Expr value, List<CompClause> clauses)
        implements Expr {

    /** The kinds of comprehension. */
    public enum Kind { LIST, SET, DICT, GENERATOR }

    public ComprehensionExpr {
        clauses = List.copyOf(clauses);
        if (clauses.isEmpty() || !(clauses.get(0) instanceof ForClause)) {
            throw new IllegalArgumentException("a comprehension starts with a 'for' clause");
        }
    }

    @Override
    public <R> R accept(ExprVisitor<R> visitor) {
        return visitor.visitComprehensionExpr(this);
    }
}
