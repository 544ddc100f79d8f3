package dev.ariadne.lang.syntax;

/**
 * An expression evaluated for its effect, such as a call.
 *
 * @param offset the offset of the expression's first token
 * @param expr   the expression
 */
public record ExprStmt(int offset, Expr expr) implements Stmt {
    @Override
    public <R> R accept(StmtVisitor<R> visitor) {
        return visitor.visitExprStmt(this);
    }
}
