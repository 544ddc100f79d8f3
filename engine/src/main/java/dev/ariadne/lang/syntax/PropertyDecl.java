package dev.ariadne.lang.syntax;

import java.util.List;

/**
 * A temporal property: {@code property Name: always eventually expr}, {@code property
 * Name(p in S): P leads_to Q} and the like.
 *
 * <p>{@code always}, {@code eventually} and {@code leads_to} are not keywords: they are read
 * as temporal operators only where a property's formula is parsed.
 *
 * @param offset     the offset of 'property'
 * @param name       the property
 * @param param      its parameter (one property per value of its domain), or null
 * @param modalities the temporal operators before the predicate, outermost first (empty for
 *                   {@code P leads_to Q})
 * @param body       the state predicate they apply to ({@code P} of {@code P leads_to Q})
 * @param target     {@code Q} of {@code P leads_to Q}, else null
 */
public record PropertyDecl(int offset, Identifier name, Binder param, List<Modality> modalities, Expr body,
                           Expr target) implements Decl {
    public PropertyDecl {
        modalities = List.copyOf(modalities);
    }

    @Override
    public <R> R accept(DeclVisitor<R> visitor) {
        return visitor.visitPropertyDecl(this);
    }
}
