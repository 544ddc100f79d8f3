package dev.ariadne.lang.syntax;

/**
 * A {@code for target in iterable} clause of a comprehension.
 *
 * @param offset   the offset of 'for'
 * @param target   the loop variable: any assignment target
 * @param iterable what is iterated
 */
public record ForClause(int offset, Expr target, Expr iterable) implements CompClause {
}
