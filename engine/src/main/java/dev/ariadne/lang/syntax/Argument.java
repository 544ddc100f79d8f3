package dev.ariadne.lang.syntax;

/**
 * An argument of a call, positional or {@code name=value}.
 *
 * @param offset the offset of its first token (the name of a keyword argument)
 * @param name   the keyword, or null for a positional argument
 * @param value  the value
 */
public record Argument(int offset, String name, Expr value) implements Node {
}
