package dev.ariadne.lang.syntax;

/**
 * {@code pass}.
 *
 * @param offset the offset of 'pass'
 */
public record PassStmt(int offset) implements Stmt {
    @Override
    public <R> R accept(StmtVisitor<R> visitor) {
        return visitor.visitPassStmt(this);
    }
}
