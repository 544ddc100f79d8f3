package dev.ariadne.lang.syntax;

/**
 * {@code -x}, {@code +x} or {@code ~x}.
 *
 * @param offset  the offset of the operator
 * @param op      the operation
 * @param operand the operand
 */
public record UnaryExpr(int offset, UnaryOp op, Expr operand) implements Expr {
    @Override
    public <R> R accept(ExprVisitor<R> visitor) {
        return visitor.visitUnaryExpr(this);
    }
}
