package dev.ariadne.lang.syntax;

import java.util.List;

/**
 * A condition that must hold in every reachable state: {@code invariant Name: expr} or a block.
 *
 * <p>The same-line form and a block holding a single expression both give a body of one
 * {@link ReturnStmt} (whose offset is the expression's); any other block is kept as it is
 * (the compiler checks that it ends in {@code return expr}).
 *
 * @param offset the offset of 'invariant'
 * @param name   the invariant
 * @param body   its statements, as explained above
 */
public record InvariantDecl(int offset, Identifier name, List<Stmt> body) implements Decl {
    public InvariantDecl {
        body = List.copyOf(body);
    }

    @Override
    public <R> R accept(DeclVisitor<R> visitor) {
        return visitor.visitInvariantDecl(this);
    }
}
