package dev.ariadne.lang.syntax;

/**
 * {@code None}.
 *
 * @param offset the offset of the keyword
 */
public record NoneLiteral(int offset) implements Expr {
    @Override
    public <R> R accept(ExprVisitor<R> visitor) {
        return visitor.visitNoneLiteral(this);
    }
}
