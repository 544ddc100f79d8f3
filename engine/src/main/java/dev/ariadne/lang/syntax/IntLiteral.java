package dev.ariadne.lang.syntax;

/**
 * An integer literal (64-bit signed).
 *
 * @param offset the offset of its first character (of the minus sign for the smallest long)
 * @param value  its value
 */
public record IntLiteral(int offset, long value) implements Expr {
    @Override
    public <R> R accept(ExprVisitor<R> visitor) {
        return visitor.visitIntLiteral(this);
    }
}
