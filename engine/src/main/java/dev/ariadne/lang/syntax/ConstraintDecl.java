package dev.ariadne.lang.syntax;

import java.util.List;

/**
 * A state constraint: states where it is false are checked but not expanded.
 *
 * <p>Its body has the same forms as an {@link InvariantDecl}'s.
 *
 * @param offset the offset of 'constraint'
 * @param name   the constraint
 * @param body   its statements, as for an invariant
 */
public record ConstraintDecl(int offset, Identifier name, List<Stmt> body) implements Decl {
    public ConstraintDecl {
        body = List.copyOf(body);
    }

    @Override
    public <R> R accept(DeclVisitor<R> visitor) {
        return visitor.visitConstraintDecl(this);
    }
}
