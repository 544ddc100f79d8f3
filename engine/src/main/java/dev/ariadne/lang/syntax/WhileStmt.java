package dev.ariadne.lang.syntax;

import java.util.List;

/**
 * A {@code while} loop (no {@code else}).
 *
 * @param offset the offset of 'while'
 * @param cond   the condition
 * @param body   the loop body
 */
public record WhileStmt(int offset, Expr cond, List<Stmt> body) implements Stmt {
    public WhileStmt {
        body = List.copyOf(body);
    }

    @Override
    public <R> R accept(StmtVisitor<R> visitor) {
        return visitor.visitWhileStmt(this);
    }
}
