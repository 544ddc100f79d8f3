package dev.ariadne.lang.syntax;

/**
 * An attribute {@code target.name}: a record field or a method.
 *
 * @param offset the offset of '.'
 * @param target the object
 * @param name   the attribute
 */
public record AttrExpr(int offset, Expr target, Identifier name) implements Expr {
    @Override
    public <R> R accept(ExprVisitor<R> visitor) {
        return visitor.visitAttrExpr(this);
    }
}
