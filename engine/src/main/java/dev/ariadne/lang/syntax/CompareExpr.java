package dev.ariadne.lang.syntax;

import java.util.List;

/**
 * A comparison, possibly chained: {@code a < b <= c} is {@code first = a} and two links, and
 * means {@code a < b and b <= c} with {@code b} evaluated once.
 *
 * @param first the leftmost operand
 * @param rest  the links, left to right (never empty)
 */
public record CompareExpr(Expr first, List<Comparison> rest) implements Expr {
    public CompareExpr {
        rest = List.copyOf(rest);
        if (rest.isEmpty()) {
            throw new IllegalArgumentException("a comparison needs at least one operator");
        }
    }

    /** The offset of the first comparison operator. */
    @Override
    public int offset() {
        return rest.get(0).offset();
    }

    @Override
    public <R> R accept(ExprVisitor<R> visitor) {
        return visitor.visitCompareExpr(this);
    }
}
