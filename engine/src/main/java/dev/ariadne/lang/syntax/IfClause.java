package dev.ariadne.lang.syntax;

/**
 * An {@code if cond} clause of a comprehension.
 *
 * @param offset the offset of 'if'
 * @param cond   the filter
 */
public record IfClause(int offset, Expr cond) implements CompClause {
}
