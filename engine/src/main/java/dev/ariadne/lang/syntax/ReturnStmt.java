package dev.ariadne.lang.syntax;

/**
 * {@code return} with or without a value; also the body of an invariant written as an expression.
 *
 * @param offset the offset of 'return' (of the expression for an invariant's expression)
 * @param value  the value, or null
 */
public record ReturnStmt(int offset, Expr value) implements Stmt {
    @Override
    public <R> R accept(StmtVisitor<R> visitor) {
        return visitor.visitReturnStmt(this);
    }
}
