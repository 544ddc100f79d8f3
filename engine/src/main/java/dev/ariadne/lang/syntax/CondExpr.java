package dev.ariadne.lang.syntax;

/**
 * A conditional expression {@code then if cond else orElse}.
 *
 * @param offset the offset of 'if'
 * @param cond   the condition
 * @param then   the value when it holds
 * @param orElse the value otherwise
 */
public record CondExpr(int offset, Expr cond, Expr then, Expr orElse) implements Expr {
    @Override
    public <R> R accept(ExprVisitor<R> visitor) {
        return visitor.visitCondExpr(this);
    }
}
