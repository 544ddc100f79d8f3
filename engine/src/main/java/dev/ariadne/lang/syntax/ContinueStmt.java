package dev.ariadne.lang.syntax;

/**
 * {@code continue}.
 *
 * @param offset the offset of 'continue'
 */
public record ContinueStmt(int offset) implements Stmt {
    @Override
    public <R> R accept(StmtVisitor<R> visitor) {
        return visitor.visitContinueStmt(this);
    }
}
