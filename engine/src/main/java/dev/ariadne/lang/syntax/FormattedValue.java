package dev.ariadne.lang.syntax;

/**
 * A replacement field of an f-string: {@code {value!conversion:spec}}.
 *
 * @param offset     the offset of its '{'
 * @param value      the expression formatted
 * @param conversion {@code '\0'} (none), {@code 'r'} (repr) or {@code 's'} (str)
 * @param spec       the format spec after the colon, or null
 */
public record FormattedValue(int offset, Expr value, char conversion, String spec) implements Expr {
    @Override
    public <R> R accept(ExprVisitor<R> visitor) {
        return visitor.visitFormattedValue(this);
    }
}
