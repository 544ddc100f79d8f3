package dev.ariadne.lang.syntax;

/**
 * An arithmetic or bitwise operation, such as {@code a + b}.
 *
 * @param offset the offset of the operator
 * @param op     the operation
 * @param left   the left operand
 * @param right  the right operand
 */
public record BinaryExpr(int offset, BinaryOp op, Expr left, Expr right) implements Expr {
    @Override
    public <R> R accept(ExprVisitor<R> visitor) {
        return visitor.visitBinaryExpr(this);
    }
}
