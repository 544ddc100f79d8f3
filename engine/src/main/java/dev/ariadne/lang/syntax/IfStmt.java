package dev.ariadne.lang.syntax;

import java.util.List;

/**
 * A conditional statement; an {@code elif} becomes an {@code IfStmt} alone in {@code orElse}.
 *
 * @param offset the offset of 'if' (or of 'elif')
 * @param cond   the condition
 * @param then   the statements run when it holds
 * @param orElse the statements run otherwise (empty without else)
 */
public record IfStmt(int offset, Expr cond, List<Stmt> then, List<Stmt> orElse) implements Stmt {
    public IfStmt {
        then = List.copyOf(then);
        orElse = List.copyOf(orElse);
    }

    @Override
    public <R> R accept(StmtVisitor<R> visitor) {
        return visitor.visitIfStmt(this);
    }
}
