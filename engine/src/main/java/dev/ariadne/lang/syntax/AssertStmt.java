package dev.ariadne.lang.syntax;

/**
 * {@code assert cond} or {@code assert cond, message}: a false assertion is a violation.
 *
 * @param offset  the offset of 'assert'
 * @param cond    the condition
 * @param message the message, or null
 */
public record AssertStmt(int offset, Expr cond, Expr message) implements Stmt {
    @Override
    public <R> R accept(StmtVisitor<R> visitor) {
        return visitor.visitAssertStmt(this);
    }
}
