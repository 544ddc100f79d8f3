package dev.ariadne.lang.syntax;

/**
 * An entry {@code key: value} of a dict display.
 *
 * @param offset the offset of the key's first token
 * @param key    the key
 * @param value  the value
 */
public record DictEntry(int offset, Expr key, Expr value) implements Node {
}
