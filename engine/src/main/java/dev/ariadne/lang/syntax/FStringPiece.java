package dev.ariadne.lang.syntax;

/**
 * A piece of an f-string as the lexer found it: literal text, or a replacement field whose
 * expression the parser reads from the source text later.
 */
public sealed interface FStringPiece {

    /** The offset the piece starts at. */
    int offset();

    /**
     * Literal text, with escapes and doubled braces already decoded.
     *
     * @param offset where the text starts
     * @param text   the decoded text
     */
    record Text(int offset, String text) implements FStringPiece {
    }

    /**
     * A replacement field {@code {expr!c:spec}}.
     *
     * @param offset     the offset of its '{'
     * @param exprStart  the offset of the first character of the expression
     * @param exprEnd    the offset just past the expression
     * @param conversion {@code '\0'}, {@code 'r'} or {@code 's'}
     * @param spec       the format spec after ':', or null
     */
    record Field(int offset, int exprStart, int exprEnd, char conversion, String spec) implements FStringPiece {
    }
}
