package dev.ariadne.lang.syntax;

import java.util.List;

/**
 * A list display {@code [a, b]}.
 *
 * @param offset the offset of '['
 * @param items  the items
 */
public record ListExpr(int offset, List<Expr> items) implements Expr {
    public ListExpr {
        items = List.copyOf(items);
    }

    @Override
    public <R> R accept(ExprVisitor<R> visitor) {
        return visitor.visitListExpr(this);
    }
}
