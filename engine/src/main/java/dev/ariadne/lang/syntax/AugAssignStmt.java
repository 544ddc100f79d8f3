package dev.ariadne.lang.syntax;

/**
 * An augmented assignment such as {@code x += 1}; its target is an {@link Identifier}, {@link IndexExpr} or {@link AttrExpr}.
 *
 * @param offset the offset of the operator, such as '+='
 * @param target what is updated
 * @param op     the operation
 * @param value  the right operand
 */
public record AugAssignStmt(int offset, Expr target, BinaryOp op, Expr value) implements Stmt {
    @Override
    public <R> R accept(StmtVisitor<R> visitor) {
        return visitor.visitAugAssignStmt(this);
    }
}
