package dev.ariadne.lang.syntax;

/**
 * A string literal; adjacent literals are already concatenated.
 *
 * @param offset the offset of its first character
 * @param value  its decoded text
 */
public record StringLiteral(int offset, String value) implements Expr {
    @Override
    public <R> R accept(ExprVisitor<R> visitor) {
        return visitor.visitStringLiteral(this);
    }
}
