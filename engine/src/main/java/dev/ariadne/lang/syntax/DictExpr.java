package dev.ariadne.lang.syntax;

import java.util.List;

/**
 * A dict display {@code {k: v, ...}}.
 *
 * @param offset  the offset of '{'
 * @param entries the entries in order
 */
public record DictExpr(int offset, List<DictEntry> entries) implements Expr {
    public DictExpr {
        entries = List.copyOf(entries);
    }

    @Override
    public <R> R accept(ExprVisitor<R> visitor) {
        return visitor.visitDictExpr(this);
    }
}
