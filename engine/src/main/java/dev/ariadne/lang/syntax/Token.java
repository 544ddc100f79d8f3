package dev.ariadne.lang.syntax;

import java.util.List;

/**
 * One token: its kind, where it is in the text and, for names and literals, its value.
 *
 * @param kind  what it is
 * @param start the offset of its first character
 * @param end   the offset just past its last character (equal to start for layout tokens at the end of the file)
 * @param value the name of an {@code IDENT}, the decoded text of a {@code STRING}, the {@code Long} of
 *              an {@code INT} ({@link Long#MIN_VALUE} stands for 2<sup>63</sup>, valid only after a minus sign),
 *              the list of {@link FStringPiece}s of an {@code FSTRING}; null for the other kinds
 */
public record Token(TokenKind kind, int start, int end, Object value) {

    /** The name of an identifier or the decoded text of a string. */
    public String text() {
        return (String) value;
    }

    public long intValue() {
        return (Long) value;
    }

    @SuppressWarnings("unchecked")
    public List<FStringPiece> pieces() {
        return (List<FStringPiece>) value;
    }

    public boolean is(TokenKind other) {
        return kind == other;
    }
}
