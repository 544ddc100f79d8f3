package dev.ariadne.lang.syntax;

import java.util.List;

/**
 * A call {@code callee(args)}.
 *
 * @param offset the offset of '('
 * @param callee what is called
 * @param args   the arguments: positional ones first, then keyword ones
 */
public record CallExpr(int offset, Expr callee, List<Argument> args) implements Expr {
    public CallExpr {
        args = List.copyOf(args);
    }

    @Override
    public <R> R accept(ExprVisitor<R> visitor) {
        return visitor.visitCallExpr(this);
    }
}
