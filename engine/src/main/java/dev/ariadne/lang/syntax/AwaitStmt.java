package dev.ariadne.lang.syntax;

/**
 * {@code await e} or its alias {@code require e}: the step is disabled unless {@code e} holds.
 *
 * @param offset  the offset of 'await' or 'require'
 * @param cond    the condition
 * @param require whether it was written {@code require}
 */
public record AwaitStmt(int offset, Expr cond, boolean require) implements Stmt {
    @Override
    public <R> R accept(StmtVisitor<R> visitor) {
        return visitor.visitAwaitStmt(this);
    }
}
