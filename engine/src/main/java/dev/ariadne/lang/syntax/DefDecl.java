package dev.ariadne.lang.syntax;

import java.util.List;

/**
 * A helper function: {@code def f(params): body}.
 *
 * @param offset the offset of 'def'
 * @param name   the function
 * @param params its parameters, in order
 * @param body   its statements
 */
public record DefDecl(int offset, Identifier name, List<Param> params, List<Stmt> body) implements Decl {
    public DefDecl {
        params = List.copyOf(params);
        body = List.copyOf(body);
    }

    @Override
    public <R> R accept(DeclVisitor<R> visitor) {
        return visitor.visitDefDecl(this);
    }
}
