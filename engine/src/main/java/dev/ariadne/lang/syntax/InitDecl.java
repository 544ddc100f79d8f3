package dev.ariadne.lang.syntax;

import java.util.List;

/**
 * The block run once, atomically, after the {@code var} initialisers: {@code init:}.
 *
 * @param offset the offset of 'init'
 * @param body   its statements
 */
public record InitDecl(int offset, List<Stmt> body) implements Decl {
    public InitDecl {
        body = List.copyOf(body);
    }

    @Override
    public <R> R accept(DeclVisitor<R> visitor) {
        return visitor.visitInitDecl(this);
    }
}
