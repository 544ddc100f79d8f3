package dev.ariadne.lang.syntax;

import java.util.List;

/**
 * A tuple display: {@code (a, b)}, {@code (a,)}, {@code ()} or a bare {@code a, b}.
 *
 * @param offset the offset of '(', or of the first item's first token for a bare tuple
 * @param items  the items
 */
public record TupleExpr(int offset, List<Expr> items) implements Expr {
    public TupleExpr {
        items = List.copyOf(items);
    }

    @Override
    public <R> R accept(ExprVisitor<R> visitor) {
        return visitor.visitTupleExpr(this);
    }
}
