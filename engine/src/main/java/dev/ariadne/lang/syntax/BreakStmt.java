package dev.ariadne.lang.syntax;

/**
 * {@code break}.
 *
 * @param offset the offset of 'break'
 */
public record BreakStmt(int offset) implements Stmt {
    @Override
    public <R> R accept(StmtVisitor<R> visitor) {
        return visitor.visitBreakStmt(this);
    }
}
