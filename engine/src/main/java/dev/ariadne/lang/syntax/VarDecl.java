package dev.ariadne.lang.syntax;

/**
 * A global state variable with its initial value: {@code var NAME = expr} at top level.
 *
 * @param offset the offset of 'var'
 * @param name   the variable
 * @param value  its initial value
 */
public record VarDecl(int offset, Identifier name, Expr value) implements Decl {
    @Override
    public <R> R accept(DeclVisitor<R> visitor) {
        return visitor.visitVarDecl(this);
    }
}
