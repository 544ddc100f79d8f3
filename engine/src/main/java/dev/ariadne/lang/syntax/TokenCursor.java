package dev.ariadne.lang.syntax;

import java.util.List;

/**
 * A position in the tokens of one parse, with the error reporting shared by the statement and
 * expression parsers.
 */
final class TokenCursor {

    /**
     * Thrown after a syntax error has been recorded, to unwind to the statement being parsed,
     * where the parser resynchronises.
     */
    static final class ParseError extends RuntimeException {
        private static final long serialVersionUID = 1L;

        ParseError() {
            super(null, null, false, false);
        }
    }

    private static final ParseError PARSE_ERROR = new ParseError();

    final SourceFile file;
    final ErrorCollector errors;
    private final List<Token> tokens;
    private int pos;

    TokenCursor(SourceFile file, List<Token> tokens, ErrorCollector errors) {
        this.file = file;
        this.tokens = tokens;
        this.errors = errors;
    }

    Token peek() {
        return tokens.get(pos);
    }

    /** The token {@code ahead} places after the current one (EOF past the end). */
    Token peek(int ahead) {
        return tokens.get(Math.min(pos + ahead, tokens.size() - 1));
    }

    /** Whether nothing but the DEDENTs that close the file's blocks remains. */
    boolean onlyDedentsLeft() {
        int at = pos;
        while (tokens.get(at).kind() == TokenKind.DEDENT) {
            at++;
        }
        return tokens.get(at).kind() == TokenKind.EOF;
    }

    boolean check(TokenKind kind) {
        return peek().kind() == kind;
    }

    boolean checkNext(TokenKind kind) {
        return peek(1).kind() == kind;
    }

    /** The index of the current token, to tell whether error recovery made progress. */
    int position() {
        return pos;
    }

    Token advance() {
        Token token = peek();
        if (token.kind() != TokenKind.EOF) {
            pos++;
        }
        return token;
    }

    boolean match(TokenKind kind) {
        if (check(kind)) {
            advance();
            return true;
        }
        return false;
    }

    /** Consumes a token of the given kind, or reports {@code message} at the current token and throws. */
    Token expect(TokenKind kind, String message) {
        if (check(kind)) {
            return advance();
        }
        throw error(peek(), message);
    }

    /** Records an error at a token and returns the exception that unwinds to the enclosing statement. */
    ParseError error(Token at, String message) {
        if (at.kind() != TokenKind.ERROR) {
            errors.report(at.start(), message);
        }
        return PARSE_ERROR;
    }

    ParseError error(int offset, String message) {
        errors.report(offset, message);
        return PARSE_ERROR;
    }

    /** Records an error the parser can go on after without resynchronising. */
    void report(int offset, String message) {
        errors.report(offset, message);
    }

    /** {@code unexpected X}, for a token that cannot stand where it is. */
    ParseError unexpected(Token at) {
        return error(at, "unexpected " + describe(at));
    }

    /** How a token is named in a message: quoted as written, or by what it is. */
    String describe(Token token) {
        return switch (token.kind()) {
            case NEWLINE, EOF -> token.kind().spelling();
            case INDENT -> "indent";
            case DEDENT -> "dedent";
            case STRING, FSTRING -> token.kind().spelling();
            default -> "'" + file.text().substring(token.start(), token.end()) + "'";
        };
    }

    /** The source text of a token, for messages. */
    /** The source text between two offsets. */
    String source(int from, int to) {
        return file.text().substring(from, to);
    }

    String textOf(Token token) {
        return file.text().substring(token.start(), token.end());
    }
}
