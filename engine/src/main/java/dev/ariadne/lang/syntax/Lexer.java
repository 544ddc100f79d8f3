package dev.ariadne.lang.syntax;

import java.math.BigInteger;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns the text of a model into tokens, following Python's rules for comments, indentation
 * (INDENT, DEDENT and NEWLINE tokens), line joining and literals.
 *
 * <p>The lexer never stops at an error: it records a {@link Diagnostic}, produces the most
 * plausible token (or an {@code ERROR} token) and goes on.
 */
public final class Lexer {
    private static final int TAB_WIDTH = 8;
    private static final BigInteger TWO_TO_63 = BigInteger.ONE.shiftLeft(63);
    private static final Set<String> STRING_PREFIXES = Set.of("r", "u", "f", "b", "rf", "fr", "br", "rb");
    private static final Pattern DECIMAL = Pattern.compile("[0-9](_?[0-9])*");
    private static final Pattern HEX = Pattern.compile("(_?[0-9a-fA-F])+");
    private static final Pattern OCTAL = Pattern.compile("(_?[0-7])+");
    private static final Pattern BINARY = Pattern.compile("(_?[01])+");

    private final String text;
    private final int end;
    /** Set for a lone expression (an f-string field, a command-line value): no layout tokens, lines always joined. */
    private final boolean expressionMode;
    private final List<Token> tokens = new ArrayList<>();
    private final List<Diagnostic> errors = new ArrayList<>();
    private final StringScanner strings;
    /** The columns of the open blocks, innermost first; the outermost is 0. */
    private final ArrayDeque<Integer> indents = new ArrayDeque<>();
    /** The open brackets, innermost first. */
    private final ArrayDeque<Token> brackets = new ArrayDeque<>();
    private int pos;
    private boolean atLineStart;
    private boolean tabReported;
    private int unclosedBracket = -1;
    private boolean done;

    /** A lexer for a whole model file. */
    public Lexer(SourceFile file) {
        this(file, 0, file.text().length(), false);
    }

    /** A lexer for {@code [start, end)} of a file's text; {@code expressionMode} for a lone expression. */
    Lexer(SourceFile file, int start, int end, boolean expressionMode) {
        this.text = file.text();
        this.end = end;
        this.pos = start;
        this.expressionMode = expressionMode;
        this.atLineStart = !expressionMode;
        this.strings = new StringScanner(text, end, errors);
        indents.push(0);
    }

    /** The tokens of the text, ending with {@code EOF}; the first call does the work. */
    public List<Token> tokenize() {
        if (!done) {
            run();
            done = true;
        }
        return Collections.unmodifiableList(tokens);
    }

    /** The lexical errors, in the order they were found; complete after {@link #tokenize()}. */
    public List<Diagnostic> errors() {
        return Collections.unmodifiableList(errors);
    }

    /** The offset of the bracket reported as never closed, or -1: everything after it was read as one line. */
    public int unclosedBracket() {
        return unclosedBracket;
    }

    private void run() {
        while (true) {
            if (atLineStart && !startLine()) {
                continue;
            }
            skipSpaces();
            if (pos >= end) {
                break;
            }
            char c = text.charAt(pos);
            if (c == '#') {
                skipComment();
            } else if (isNewline(pos)) {
                endLine();
            } else if (c == '\\') {
                continuation();
            } else {
                token();
            }
        }
        finish();
    }

    /**
     * Measures the indentation of a line. Returns false for a blank or comment-only line, which is
     * skipped whole; otherwise emits the INDENT or DEDENT tokens the line needs.
     */
    private boolean startLine() {
        int column = 0;
        int tabAt = -1;
        int p = pos;
        for (; p < end; p++) {
            char c = text.charAt(p);
            if (c == ' ') {
                column++;
            } else if (c == '\t') {
                tabAt = tabAt < 0 ? p : tabAt;
                column = (column / TAB_WIDTH + 1) * TAB_WIDTH;
            } else if (c == '\f') {
                column = 0;
            } else {
                break;
            }
        }
        pos = p;
        if (p < end && (text.charAt(p) == '#' || isNewline(p))) {
            skipComment();
            pos += isNewline(pos) ? newlineWidth(pos) : 0;
            return false;
        }
        atLineStart = false;
        if (p >= end) {
            return true;
        }
        boolean tabError = tabAt >= 0 && !tabReported;
        if (tabError) {
            // One report is enough: a file indented with tabs would otherwise get one per line.
            error(tabAt, "tab in indentation");
            tabReported = true;
        }
        indent(column, tabAt >= 0 ? tabAt : pos, tabError);
        return true;
    }

    /**
     * Emits the layout tokens of a line indented to {@code column}. On a line indented with a tab
     * they stand at the tab, where the tab error (if any) already is, so that the parser's
     * complaints about the same indentation are not reported again.
     */
    private void indent(int column, int at, boolean tabError) {
        int current = indents.peek();
        if (column > current) {
            indents.push(column);
            add(TokenKind.INDENT, at, at, null);
            return;
        }
        int dedents = 0;
        int innermostClosed = current;
        while (indents.peek() > column) {
            innermostClosed = indents.pop();
            dedents++;
        }
        if (indents.peek() != column) {
            // Keep the line in the innermost block it left: a single misaligned line then costs one error.
            if (!tabError) {
                error(pos, "unindent does not match any outer indentation level");
            }
            indents.push(innermostClosed);
            dedents--;
        }
        for (int i = 0; i < dedents; i++) {
            add(TokenKind.DEDENT, at, at, null);
        }
    }

    private void endLine() {
        int at = pos;
        pos += newlineWidth(pos);
        if (brackets.isEmpty() && !expressionMode) {
            if (lineHasTokens()) {
                add(TokenKind.NEWLINE, at, at + 1, null);
            }
            atLineStart = true;
        }
    }

    private void continuation() {
        if (pos + 1 >= end) {
            error(pos, "unexpected end of file after line continuation character");
            pos++;
        } else if (isNewline(pos + 1)) {
            pos += 1 + newlineWidth(pos + 1);
        } else if (!habit(TlaHabits.afterBackslash(text, pos))) {
            error(pos, "unexpected character after line continuation character");
            add(TokenKind.ERROR, pos, pos + 1, null);
            pos++;
        }
    }

    /** Reports a TLA+ habit at {@code pos} and reads the tokens it stands for; false if there is none. */
    private boolean habit(TlaHabits.Habit h) {
        if (h == null) {
            return false;
        }
        error(pos, h.message());
        for (TokenKind k : h.instead()) {
            add(k, pos, pos + h.length(), null);
        }
        pos += h.length();
        return true;
    }

    /** TLA+'s {@code lo..hi} at {@code pos}: reported with both operands, the upper one skipped. */
    private void range() {
        int start = pos;
        Token before = tokens.isEmpty() ? null : tokens.get(tokens.size() - 1);
        String lo = null;
        if (before != null && (before.is(TokenKind.INT) || before.is(TokenKind.IDENT))
                && text.substring(before.end(), start).isBlank()) {
            lo = text.substring(before.start(), before.end());
            start = before.start();
        }
        pos += 2;
        skipSpaces();
        int hiStart = pos;
        while (pos < end && isIdentifierPart(text.charAt(pos))) {
            pos++;
        }
        error(start, TlaHabits.range(lo, pos > hiStart ? text.substring(hiStart, pos) : null));
    }

    private void finish() {
        if (!brackets.isEmpty()) {
            Token open = brackets.peek();
            unclosedBracket = open.start();
            error(open.start(), "'" + open.kind().spelling() + "' was never closed");
        }
        if (!expressionMode) {
            if (lineHasTokens()) {
                add(TokenKind.NEWLINE, end, end, null);
            }
            while (indents.peek() > 0) {
                indents.pop();
                add(TokenKind.DEDENT, end, end, null);
            }
        }
        add(TokenKind.EOF, end, end, null);
    }

    private void token() {
        int start = pos;
        char c = text.charAt(pos);
        if (isIdentifierStart(c)) {
            identifier();
        } else if (isDigit(c) || (c == '.' && isDigit(charAt(pos + 1)))) {
            number();
        } else if (c == '"' || c == '\'') {
            string(start, start, "");
        } else if (c == '.' && charAt(pos + 1) == '.' && charAt(pos + 2) != '.' && charAt(pos - 1) != '.') {
            range();
        } else if (!habit(TlaHabits.conjunction(text, pos))) {
            operator();
        }
    }

    private void identifier() {
        int start = pos;
        while (pos < end && isIdentifierPart(text.charAt(pos))) {
            pos++;
        }
        String word = text.substring(start, pos);
        String prefix = word.toLowerCase(Locale.ROOT);
        if ((charAt(pos) == '"' || charAt(pos) == '\'') && STRING_PREFIXES.contains(prefix)) {
            string(start, pos, prefix);
            return;
        }
        TokenKind keyword = TokenKind.keyword(word);
        add(keyword != null ? keyword : TokenKind.IDENT, start, pos, keyword != null ? null : word);
    }

    private void string(int start, int quoteAt, String prefix) {
        if (prefix.indexOf('b') >= 0) {
            error(start, "bytes literals are not supported");
        }
        boolean formatted = prefix.indexOf('f') >= 0;
        StringScanner.Result result = strings.scan(start, quoteAt, prefix.indexOf('r') >= 0, formatted);
        pos = result.end();
        add(formatted ? TokenKind.FSTRING : TokenKind.STRING, start, pos, result.value());
    }

    private void number() {
        int start = pos;
        int radix = 10;
        if (charAt(pos) == '0' && "xXoObB".indexOf(charAt(pos + 1)) >= 0 && pos + 1 < end) {
            char letter = Character.toLowerCase(charAt(pos + 1));
            radix = letter == 'x' ? 16 : letter == 'o' ? 8 : 2;
            pos += 2;
        }
        int digitsStart = pos;
        while (pos < end && (isIdentifierPart(text.charAt(pos)))) {
            pos++;
        }
        String digits = text.substring(digitsStart, pos);
        String literal = text.substring(start, pos);
        if (radix == 10 && (charAt(pos) == '.' && charAt(pos + 1) != '.' || isExponent(digits))) {
            skipFloat();
            error(start, "floating-point literal '" + text.substring(start, pos) + "' is not supported (models use integers)");
            add(TokenKind.INT, start, pos, 0L);
            return;
        }
        Pattern valid = radix == 16 ? HEX : radix == 8 ? OCTAL : radix == 2 ? BINARY : DECIMAL;
        if (!valid.matcher(digits).matches()) {
            error(start, "invalid integer literal '" + literal + "'");
            add(TokenKind.INT, start, pos, 0L);
            return;
        }
        String clean = digits.replace("_", "");
        if (radix == 10 && clean.length() > 1 && clean.charAt(0) == '0' && !clean.chars().allMatch(ch -> ch == '0')) {
            error(start, "leading zeros in decimal integer literals are not permitted");
        }
        BigInteger value = new BigInteger(clean, radix);
        long asLong = 0;
        if (value.equals(TWO_TO_63)) {
            asLong = Long.MIN_VALUE; // the parser accepts it after a minus sign only
        } else if (value.bitLength() > 63) {
            error(start, "integer literal '" + literal + "' is too large");
        } else {
            asLong = value.longValue();
        }
        add(TokenKind.INT, start, pos, asLong);
    }

    private static boolean isExponent(String digits) {
        int e = Math.max(digits.indexOf('e'), digits.indexOf('E'));
        return e > 0 && DECIMAL.matcher(digits.substring(0, e)).matches()
                && (e + 1 == digits.length() || isDigit(digits.charAt(e + 1)));
    }

    private void skipFloat() {
        while (pos < end) {
            char c = text.charAt(pos);
            boolean sign = (c == '+' || c == '-') && (charAt(pos - 1) == 'e' || charAt(pos - 1) == 'E');
            if (!isIdentifierPart(c) && c != '.' && !sign) {
                return;
            }
            pos++;
        }
    }

    private void operator() {
        int start = pos;
        for (int width = 3; width >= 1; width--) {
            if (start + width > end) {
                continue;
            }
            TokenKind kind = TokenKind.operator(text.substring(start, start + width));
            if (kind != null) {
                pos += width;
                Token token = add(kind, start, pos, null);
                bracket(token);
                return;
            }
        }
        int cp = text.codePointAt(start);
        pos += Character.charCount(cp);
        if (cp == '!') {
            error(start, "'!' is not supported: use 'not'");
        } else {
            error(start, "unexpected character " + describe(cp));
        }
        add(TokenKind.ERROR, start, pos, null);
    }

    private void bracket(Token token) {
        switch (token.kind()) {
            case LPAREN, LBRACKET, LBRACE -> brackets.push(token);
            case RPAREN, RBRACKET, RBRACE -> close(token);
            default -> {
            }
        }
    }

    private void close(Token closing) {
        TokenKind opening = switch (closing.kind()) {
            case RPAREN -> TokenKind.LPAREN;
            case RBRACKET -> TokenKind.LBRACKET;
            default -> TokenKind.LBRACE;
        };
        if (brackets.isEmpty()) {
            error(closing.start(), "unmatched '" + closing.kind().spelling() + "'");
        } else if (brackets.peek().kind() == opening) {
            brackets.pop();
        } else {
            error(closing.start(), "closing '" + closing.kind().spelling() + "' does not match opening '"
                    + brackets.peek().kind().spelling() + "'");
            // Either it closes an outer bracket, skipping unclosed ones, or it is a typo for the right one.
            if (brackets.stream().anyMatch(b -> b.kind() == opening)) {
                while (brackets.pop().kind() != opening) {
                    // pop the brackets it skips over
                }
            } else {
                brackets.pop();
            }
        }
    }

    private void skipSpaces() {
        while (pos < end && (text.charAt(pos) == ' ' || text.charAt(pos) == '\t' || text.charAt(pos) == '\f'
                || (text.charAt(pos) == '\r' && !isNewline(pos)))) {
            pos++;
        }
    }

    private void skipComment() {
        while (pos < end && !isNewline(pos)) {
            pos++;
        }
    }

    private boolean lineHasTokens() {
        if (tokens.isEmpty()) {
            return false;
        }
        TokenKind last = tokens.get(tokens.size() - 1).kind();
        return last != TokenKind.NEWLINE && last != TokenKind.INDENT && last != TokenKind.DEDENT;
    }

    private Token add(TokenKind kind, int start, int stop, Object value) {
        Token token = new Token(kind, start, stop, value);
        tokens.add(token);
        return token;
    }

    private void error(int offset, String message) {
        errors.add(new Diagnostic(offset, message));
    }

    private boolean isNewline(int at) {
        return charAt(at) == '\n' || (charAt(at) == '\r' && charAt(at + 1) == '\n');
    }

    private int newlineWidth(int at) {
        return charAt(at) == '\r' ? 2 : 1;
    }

    private char charAt(int at) {
        return at >= 0 && at < end ? text.charAt(at) : '\0';
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isIdentifierStart(char c) {
        return c == '_' || Character.isLetter(c);
    }

    private static boolean isIdentifierPart(char c) {
        return c == '_' || Character.isLetterOrDigit(c);
    }

    private static String describe(int cp) {
        if (Character.isISOControl(cp) || Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
            return String.format("U+%04X", cp);
        }
        return "'" + new String(Character.toChars(cp)) + "'";
    }
}
