package dev.ariadne.lang.syntax;

/**
 * A name, as used or as declared.
 *
 * @param offset the offset of its first character
 * @param name   the name
 */
public record Identifier(int offset, String name) implements Expr {
    @Override
    public <R> R accept(ExprVisitor<R> visitor) {
        return visitor.visitIdentifier(this);
    }
}
