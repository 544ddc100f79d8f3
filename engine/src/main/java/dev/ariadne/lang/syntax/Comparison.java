package dev.ariadne.lang.syntax;

/**
 * One link {@code op right} of a comparison chain.
 *
 * @param offset the offset of the operator
 * @param op     the comparison
 * @param right  the right operand
 */
public record Comparison(int offset, CompareOp op, Expr right) implements Node {
}
