package dev.ariadne.lang.syntax;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads string and f-string literals for the {@link Lexer}: quotes, Python escapes, and the
 * replacement fields of f-strings.
 */
final class StringScanner {

    /** What a scan produced: the offset just past the literal and its value (see {@link Token#value()}). */
    record Result(int end, Object value) {
    }

    private final String text;
    private final int end;
    private final List<Diagnostic> errors;

    private int pos;
    private int literalStart;
    private char quote;
    private boolean triple;
    private boolean raw;
    private boolean formatted;
    /** Set when an f-string ran into the end of its line or file inside a field: the literal is over. */
    private boolean abandoned;
    private final StringBuilder buffer = new StringBuilder();
    private int bufferStart;
    private List<FStringPiece> pieces;

    StringScanner(String text, int end, List<Diagnostic> errors) {
        this.text = text;
        this.end = end;
        this.errors = errors;
    }

    /**
     * Scans the literal that starts (prefix included) at {@code literalStart} and whose opening
     * quote is at {@code quoteAt}.
     */
    Result scan(int literalStart, int quoteAt, boolean raw, boolean formatted) {
        this.literalStart = literalStart;
        this.raw = raw;
        this.formatted = formatted;
        this.quote = text.charAt(quoteAt);
        this.triple = charAt(quoteAt + 1) == quote && charAt(quoteAt + 2) == quote;
        this.pos = quoteAt + (triple ? 3 : 1);
        this.abandoned = false;
        this.pieces = formatted ? new ArrayList<>() : null;
        buffer.setLength(0);
        bufferStart = pos;
        body();
        if (!formatted) {
            return new Result(pos, buffer.toString());
        }
        flushText();
        return new Result(pos, List.copyOf(pieces));
    }

    private void body() {
        while (!abandoned) {
            if (pos >= end || (!triple && isNewline(pos))) {
                unterminated();
                return;
            }
            char c = text.charAt(pos);
            if (isClosingQuote(pos)) {
                pos += triple ? 3 : 1;
                return;
            }
            if (c == '\\') {
                escape();
            } else if (formatted && c == '{' && charAt(pos + 1) == '{') {
                append('{', 2);
            } else if (formatted && c == '{') {
                flushText();
                field();
                bufferStart = pos;
            } else if (formatted && c == '}' && charAt(pos + 1) == '}') {
                append('}', 2);
            } else if (formatted && c == '}') {
                error(pos, "single '}' is not allowed in f-string");
                pos++;
            } else if (c == '\r' && charAt(pos + 1) == '\n') {
                append('\n', 2);
            } else {
                append(c, 1);
            }
        }
    }

    private void unterminated() {
        error(literalStart, triple ? "unterminated triple-quoted string" : "unterminated string");
        abandoned = true;
    }

    private void escape() {
        int at = pos;
        char next = charAt(pos + 1);
        if (pos + 1 >= end) {
            append('\\', 1);
            return;
        }
        if (raw) {
            // A raw string keeps the backslash; it only stops the next quote from closing the string.
            buffer.append('\\');
            pos += next == quote || next == '\\' || next == '\n' ? 2 : 1;
            if (pos == at + 2) {
                buffer.append(next);
            }
            return;
        }
        switch (next) {
            case '\n' -> pos += 2;
            case '\r' -> pos += charAt(pos + 2) == '\n' ? 3 : 2;
            case '\\', '\'', '"' -> append(next, 2);
            case 'n' -> append('\n', 2);
            case 't' -> append('\t', 2);
            case 'r' -> append('\r', 2);
            case 'a' -> append('\u0007', 2);
            case 'b' -> append('\b', 2);
            case 'f' -> append('\f', 2);
            case 'v' -> append('\u000b', 2);
            case '0', '1', '2', '3', '4', '5', '6', '7' -> octal();
            case 'x' -> hex(at, 'x', 2);
            case 'u' -> hex(at, 'u', 4);
            case 'U' -> hex(at, 'U', 8);
            case 'N' -> named(at);
            case '{', '}' -> append('\\', 1);
            default -> {
                // Python keeps an unknown escape as it is written, backslash included.
                buffer.append('\\').append(next);
                pos += 2;
            }
        }
    }

    private void octal() {
        int value = 0;
        int p = pos + 1;
        while (p < pos + 4 && p < end && text.charAt(p) >= '0' && text.charAt(p) <= '7') {
            value = value * 8 + (text.charAt(p) - '0');
            p++;
        }
        buffer.append((char) value);
        pos = p;
    }

    private void hex(int at, char letter, int digits) {
        int start = pos + 2;
        int value = 0;
        for (int i = 0; i < digits; i++) {
            int d = Character.digit(charAt(start + i), 16);
            if (start + i >= end || d < 0 || !isAscii(charAt(start + i))) {
                error(at, "invalid '\\" + letter + "' escape: expected " + digits + " hex digits");
                pos = start;
                return;
            }
            value = value * 16 + d;
        }
        pos = start + digits;
        if (value < 0 || value > Character.MAX_CODE_POINT) {
            error(at, "invalid '\\" + letter + "' escape: " + text.substring(at, pos) + " is not a character");
            return;
        }
        buffer.appendCodePoint(value);
    }

    private void named(int at) {
        int close = text.indexOf('}', pos);
        if (charAt(pos + 2) != '{' || close < 0 || close >= end || text.substring(pos, close).indexOf('\n') >= 0) {
            error(at, "invalid '\\N' escape: expected a character name in braces");
            pos += 2;
            return;
        }
        String name = text.substring(pos + 3, close);
        try {
            buffer.appendCodePoint(Character.codePointOf(name));
        } catch (IllegalArgumentException e) {
            error(at, "unknown character name '" + name + "'");
        }
        pos = close + 1;
    }

    /** Reads a replacement field: {@code pos} is at its '{'; afterwards it is just past its '}'. */
    private void field() {
        int brace = pos;
        int exprStart = ++pos;
        int depth = 0;
        while (true) {
            if (pos >= end || (!triple && isNewline(pos))) {
                unterminated();
                return;
            }
            char c = text.charAt(pos);
            if (isClosingQuote(pos)) {
                error(brace, "expected '}' in f-string");
                return;
            }
            if (c == '\\') {
                error(pos, "backslash in an f-string expression");
                skipField();
                return;
            }
            if (c == '#') {
                error(pos, "'#' in an f-string expression");
                skipField();
                return;
            }
            if (c == '\'' || c == '"') {
                skipNestedString(c);
                continue;
            }
            if (depth == 0 && (c == '}' || c == ':' || (c == '!' && charAt(pos + 1) != '='))) {
                fieldTail(brace, exprStart, pos);
                return;
            }
            if (c == '(' || c == '[' || c == '{') {
                depth++;
            } else if (c == ')' || c == ']' || c == '}') {
                depth = Math.max(0, depth - 1);
            }
            pos++;
        }
    }

    /** Reads the conversion, spec and closing '}' of a field whose expression ends at {@code exprEnd}. */
    private void fieldTail(int brace, int exprStart, int exprEnd) {
        char conversion = '\0';
        String spec = null;
        boolean ok = true;
        if (charAt(pos) == '!') {
            conversion = charAt(pos + 1);
            if (conversion != 'r' && conversion != 's') {
                error(pos, "f-string conversion must be '!r' or '!s'");
                ok = false;
            }
            pos += 2;
        }
        if (ok && charAt(pos) == ':') {
            int specStart = ++pos;
            while (pos < end && charAt(pos) != '}' && charAt(pos) != '{' && !isNewline(pos) && !isClosingQuote(pos)) {
                pos++;
            }
            if (charAt(pos) == '{') {
                error(pos, "nested fields in a format spec are not supported");
                ok = false;
            }
            spec = text.substring(specStart, Math.min(pos, end));
        }
        if (ok && charAt(pos) != '}') {
            error(brace, "expected '}' in f-string");
            ok = false;
        }
        if (!ok) {
            skipField();
            return;
        }
        pos++;
        if (text.substring(exprStart, exprEnd).isBlank()) {
            error(brace, "empty expression in f-string");
            return;
        }
        pieces.add(new FStringPiece.Field(brace, exprStart, exprEnd, conversion, spec));
    }

    /** After an error in a field, goes on after its '}' (nested braces included), if it has one on this line. */
    private void skipField() {
        int depth = 0;
        while (pos < end && !isNewline(pos) && !isClosingQuote(pos)) {
            char c = text.charAt(pos++);
            if (c == '{') {
                depth++;
            } else if (c == '}' && depth-- == 0) {
                return;
            }
        }
    }

    private void skipNestedString(char nested) {
        pos++;
        while (pos < end && !isNewline(pos) && !isClosingQuote(pos)) {
            char c = text.charAt(pos++);
            if (c == nested) {
                return;
            }
        }
    }

    private void flushText() {
        if (buffer.length() > 0) {
            pieces.add(new FStringPiece.Text(bufferStart, buffer.toString()));
            buffer.setLength(0);
        }
    }

    private void append(char c, int width) {
        buffer.append(c);
        pos += width;
    }

    private boolean isClosingQuote(int at) {
        return charAt(at) == quote && (!triple || (charAt(at + 1) == quote && charAt(at + 2) == quote));
    }

    private boolean isNewline(int at) {
        return charAt(at) == '\n' || (charAt(at) == '\r' && charAt(at + 1) == '\n');
    }

    private char charAt(int at) {
        return at < end ? text.charAt(at) : '\0';
    }

    private static boolean isAscii(char c) {
        return c < 128;
    }

    private void error(int offset, String message) {
        errors.add(new Diagnostic(offset, message));
    }
}
