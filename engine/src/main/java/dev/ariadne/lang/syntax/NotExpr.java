package dev.ariadne.lang.syntax;

/**
 * {@code not x}.
 *
 * @param offset  the offset of 'not'
 * @param operand the operand
 */
public record NotExpr(int offset, Expr operand) implements Expr {
    @Override
    public <R> R accept(ExprVisitor<R> visitor) {
        return visitor.visitNotExpr(this);
    }
}
