package dev.ariadne.lang.syntax;

/**
 * A jump to a label of the same process: {@code goto Name}.
 *
 * @param offset the offset of 'goto'
 * @param name   the label jumped to
 */
public record GotoStmt(int offset, Identifier name) implements Stmt {
    @Override
    public <R> R accept(StmtVisitor<R> visitor) {
        return visitor.visitGotoStmt(this);
    }
}
