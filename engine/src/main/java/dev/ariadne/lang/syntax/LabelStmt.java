package dev.ariadne.lang.syntax;

/**
 * A step boundary in a process: {@code label Name}.
 *
 * @param offset the offset of 'label'
 * @param name   the label
 */
public record LabelStmt(int offset, Identifier name) implements Stmt {
    @Override
    public <R> R accept(StmtVisitor<R> visitor) {
        return visitor.visitLabelStmt(this);
    }
}
