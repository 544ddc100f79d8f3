package dev.ariadne.lang.syntax;

import java.util.List;

/**
 * An anonymous function {@code lambda params: body}.
 *
 * @param offset the offset of 'lambda'
 * @param params its parameters
 * @param body   its body
 */
public record LambdaExpr(int offset, List<Param> params, Expr body) implements Expr {
    public LambdaExpr {
        params = List.copyOf(params);
    }

    @Override
    public <R> R accept(ExprVisitor<R> visitor) {
        return visitor.visitLambdaExpr(this);
    }
}
