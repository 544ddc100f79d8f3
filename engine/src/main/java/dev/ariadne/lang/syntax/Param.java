package dev.ariadne.lang.syntax;

/**
 * A parameter of a {@code def} or a {@code lambda}, with its optional default value.
 *
 * @param offset       the offset of its name
 * @param name         the parameter
 * @param defaultValue its default value, or null
 */
public record Param(int offset, Identifier name, Expr defaultValue) implements Node {
}
