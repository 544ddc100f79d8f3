package dev.ariadne.lang.syntax;

/**
 * A slice {@code target[lo:hi:step]}.
 *
 * @param offset the offset of '['
 * @param target what is sliced
 * @param lo     the start, or null
 * @param hi     the end, or null
 * @param step   the step, or null
 */
public record SliceExpr(int offset, Expr target, Expr lo, Expr hi, Expr step) implements Expr {
    @Override
    public <R> R accept(ExprVisitor<R> visitor) {
        return visitor.visitSliceExpr(this);
    }
}
