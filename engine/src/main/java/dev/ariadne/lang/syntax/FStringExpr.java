package dev.ariadne.lang.syntax;

import java.util.List;

/**
 * An f-string: literal text and formatted values, concatenated (adjacent literals included).
 *
 * <p>An f-string without any replacement field is parsed as a plain {@link StringLiteral}.
 *
 * @param offset the offset of its first character
 * @param parts  {@link StringLiteral}s and {@link FormattedValue}s in order
 */
public record FStringExpr(int offset, List<Expr> parts) implements Expr {
    public FStringExpr {
        parts = List.copyOf(parts);
    }

    @Override
    public <R> R accept(ExprVisitor<R> visitor) {
        return visitor.visitFStringExpr(this);
    }
}
