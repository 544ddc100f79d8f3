package dev.ariadne.lang.syntax;

/**
 * {@code oneof(xs)}: each element of the collection in turn, forking the step.
 *
 * @param offset     the offset of 'oneof'
 * @param collection the collection
 */
public record OneOfExpr(int offset, Expr collection) implements Expr {
    @Override
    public <R> R accept(ExprVisitor<R> visitor) {
        return visitor.visitOneOfExpr(this);
    }
}
