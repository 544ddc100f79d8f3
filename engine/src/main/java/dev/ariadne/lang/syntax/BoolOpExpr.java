package dev.ariadne.lang.syntax;

/**
 * {@code a and b} or {@code a or b}, evaluated lazily.
 *
 * @param offset the offset of 'and' or 'or'
 * @param and    true for {@code and}, false for {@code or}
 * @param left   the left operand
 * @param right  the right operand
 */
public record BoolOpExpr(int offset, boolean and, Expr left, Expr right) implements Expr {
    @Override
    public <R> R accept(ExprVisitor<R> visitor) {
        return visitor.visitBoolOpExpr(this);
    }
}
