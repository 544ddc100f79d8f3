package dev.ariadne.lang.syntax;

import java.util.List;

/**
 * A {@code for} loop (no {@code else}).
 *
 * @param offset   the offset of 'for'
 * @param target   the loop variable: any assignment target
 * @param iterable what is iterated
 * @param body     the loop body
 */
public record ForStmt(int offset, Expr target, Expr iterable, List<Stmt> body) implements Stmt {
    public ForStmt {
        body = List.copyOf(body);
    }

    @Override
    public <R> R accept(StmtVisitor<R> visitor) {
        return visitor.visitForStmt(this);
    }
}
