package dev.ariadne.lang.syntax;

/**
 * A parameter ranging over a set: {@code x in S} in an action or process header.
 *
 * @param offset the offset of its name
 * @param name   the parameter
 * @param domain the set of its values
 */
public record Binder(int offset, Identifier name, Expr domain) implements Node {
}
