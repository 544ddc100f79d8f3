package dev.ariadne.lang.syntax;

/**
 * A subscript {@code target[index]}; {@code d[1, 2]} has a {@link TupleExpr} index.
 *
 * @param offset the offset of '['
 * @param target what is indexed
 * @param index  the index or key
 */
public record IndexExpr(int offset, Expr target, Expr index) implements Expr {
    @Override
    public <R> R accept(ExprVisitor<R> visitor) {
        return visitor.visitIndexExpr(this);
    }
}
