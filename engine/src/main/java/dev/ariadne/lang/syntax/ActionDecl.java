package dev.ariadne.lang.syntax;

import java.util.List;

/**
 * An atomic step: {@code action Name:} or {@code action Name(x in S, y in T):}.
 *
 * @param offset the offset of 'action'
 * @param name   the action
 * @param params its parameters with their domains (empty without parentheses)
 * @param body   its statements
 */
public record ActionDecl(int offset, Identifier name, List<Binder> params, List<Stmt> body) implements Decl {
    public ActionDecl {
        params = List.copyOf(params);
        body = List.copyOf(body);
    }

    @Override
    public <R> R accept(DeclVisitor<R> visitor) {
        return visitor.visitActionDecl(this);
    }
}
