package dev.ariadne.lang.syntax;

/**
 * A model constant: {@code const NAME = expr}.
 *
 * @param offset the offset of 'const'
 * @param name   the constant
 * @param value  its value
 */
public record ConstDecl(int offset, Identifier name, Expr value) implements Decl {
    @Override
    public <R> R accept(DeclVisitor<R> visitor) {
        return visitor.visitConstDecl(this);
    }
}
