package dev.ariadne.lang.syntax;

/**
 * {@code True} or {@code False}.
 *
 * @param offset the offset of the keyword
 * @param value  its value
 */
public record BoolLiteral(int offset, boolean value) implements Expr {
    @Override
    public <R> R accept(ExprVisitor<R> visitor) {
        return visitor.visitBoolLiteral(this);
    }
}
