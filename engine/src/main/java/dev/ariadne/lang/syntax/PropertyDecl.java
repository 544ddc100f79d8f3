package dev.ariadne.lang.syntax;

import java.util.List;

/**
 * A liveness property: {@code property Name: always eventually expr} and the like.
 *
 * <p>{@code always} and {@code eventually} are not keywords: they are read as modalities where a
 * property's body starts.
 *
 * @param offset     the offset of 'property'
 * @param name       the property
 * @param modalities the temporal operators, outermost first (never empty)
 * @param body       the state predicate they apply to
 */
public record PropertyDecl(int offset, Identifier name, List<Modality> modalities, Expr body) implements Decl {
    public PropertyDecl {
        modalities = List.copyOf(modalities);
    }

    @Override
    public <R> R accept(DeclVisitor<R> visitor) {
        return visitor.visitPropertyDecl(this);
    }
}
