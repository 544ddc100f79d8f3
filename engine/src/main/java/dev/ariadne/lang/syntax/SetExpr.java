package dev.ariadne.lang.syntax;

import java.util.List;

/**
 * A set display {@code {a, b}} (never empty: {@code {}} is a dict).
 *
 * @param offset the offset of '{'
 * @param items  the items
 */
public record SetExpr(int offset, List<Expr> items) implements Expr {
    public SetExpr {
        items = List.copyOf(items);
    }

    @Override
    public <R> R accept(ExprVisitor<R> visitor) {
        return visitor.visitSetExpr(this);
    }
}
