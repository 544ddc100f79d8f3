package dev.ariadne.lang.syntax;

/**
 * A variable declared inside a block: {@code var x = e}, a process variable (the resolver decides where it is allowed).
 *
 * @param offset the offset of 'var'
 * @param name   the variable
 * @param value  its initial value
 */
public record VarStmt(int offset, Identifier name, Expr value) implements Stmt {
    @Override
    public <R> R accept(StmtVisitor<R> visitor) {
        return visitor.visitVarStmt(this);
    }
}
