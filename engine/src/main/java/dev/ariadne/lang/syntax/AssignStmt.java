package dev.ariadne.lang.syntax;

import java.util.List;

/**
 * An assignment, possibly chained: {@code a = b = 0} has two targets, assigned from left to right.
 *
 * <p>A target is an {@link Identifier}, an {@link IndexExpr}, an {@link AttrExpr}, or a
 * {@link TupleExpr} or {@link ListExpr} of targets (nested).
 *
 * @param offset  the offset of the first '='
 * @param targets the targets, left to right (never empty)
 * @param value   the value assigned
 */
public record AssignStmt(int offset, List<Expr> targets, Expr value) implements Stmt {
    public AssignStmt {
        targets = List.copyOf(targets);
    }

    @Override
    public <R> R accept(StmtVisitor<R> visitor) {
        return visitor.visitAssignStmt(this);
    }
}
