package dev.ariadne.lang.syntax;

import static dev.ariadne.lang.syntax.TokenKind.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class LexerTest {

    private static Lexer lex(String text) {
        Lexer lexer = new Lexer(new SourceFile("t.ari", text));
        lexer.tokenize();
        return lexer;
    }

    private static List<TokenKind> kinds(String text) {
        return lex(text).tokenize().stream().map(Token::kind).collect(Collectors.toList());
    }

    private static List<String> errors(String text) {
        return lex(text).errors().stream().map(Diagnostic::message).collect(Collectors.toList());
    }

    private static Token single(String text) {
        Lexer lexer = lex(text);
        assertEquals(List.of(), lexer.errors().stream().map(Diagnostic::message).toList());
        List<Token> tokens = lexer.tokenize();
        assertEquals(List.of(tokens.get(0).kind(), NEWLINE, EOF), tokens.stream().map(Token::kind).toList());
        return tokens.get(0);
    }

    private static String string(String literal) {
        return single(literal).text();
    }

    @Test
    void simpleLineEndsWithNewlineThenEof() {
        assertEquals(List.of(IDENT, EQ, INT, NEWLINE, EOF), kinds("x = 1"));
        assertEquals(List.of(IDENT, EQ, INT, NEWLINE, EOF), kinds("x = 1\n"));
    }

    @Test
    void emptyTextIsJustEof() {
        assertEquals(List.of(EOF), kinds(""));
        assertEquals(List.of(EOF), kinds("\n\n   \n# only a comment\n"));
    }

    @Test
    void indentedBlockGetsIndentAndDedent() {
        assertEquals(List.of(INIT, COLON, NEWLINE, INDENT, IDENT, EQ, INT, NEWLINE, DEDENT, IDENT, NEWLINE, EOF),
                kinds("init:\n    x = 1\ny\n"));
    }

    @Test
    void dedentsAtEndOfFileCloseEveryBlock() {
        assertEquals(List.of(IF, IDENT, COLON, NEWLINE, INDENT, IF, IDENT, COLON, NEWLINE, INDENT, PASS, NEWLINE,
                DEDENT, DEDENT, EOF), kinds("if a:\n  if b:\n    pass"));
    }

    @Test
    void blankAndCommentLinesDoNotAffectIndentation() {
        assertEquals(List.of(INIT, COLON, NEWLINE, INDENT, PASS, NEWLINE, PASS, NEWLINE, DEDENT, EOF),
                kinds("init:\n    pass\n\n  # a comment at another column\n        \n    pass\n"));
    }

    @Test
    void dedentByTwoLevelsEmitsTwoDedents() {
        assertEquals(List.of(IF, IDENT, COLON, NEWLINE, INDENT, IF, IDENT, COLON, NEWLINE, INDENT, PASS, NEWLINE,
                DEDENT, DEDENT, PASS, NEWLINE, EOF), kinds("if a:\n  if b:\n    pass\npass\n"));
    }

    @Test
    void newlinesInsideBracketsAreIgnored() {
        assertEquals(List.of(IDENT, EQ, LBRACKET, INT, COMMA, INT, RBRACKET, NEWLINE, EOF),
                kinds("x = [1,\n        2\n  ]\n"));
    }

    @Test
    void backslashJoinsLines() {
        assertEquals(List.of(IDENT, EQ, INT, PLUS, INT, NEWLINE, EOF), kinds("x = 1 + \\\n      2\n"));
    }

    @Test
    void commentsAreSkipped() {
        assertEquals(List.of(IDENT, NEWLINE, EOF), kinds("x  # the rest is ignored: 'unterminated\n"));
    }

    @Test
    void tabInIndentationIsReportedOnce() {
        Lexer lexer = lex("init:\n\tx = 1\n\ty = 2\n");
        assertEquals(List.of("tab in indentation"), lexer.errors().stream().map(Diagnostic::message).toList());
        assertEquals(6, lexer.errors().get(0).offset());
    }

    @Test
    void tabAfterIndentationIsOrdinarySpace() {
        assertEquals(List.of(), errors("init:\n    x =\t1\n"));
    }

    @Test
    void inconsistentDedentIsReportedAndLineStaysInBlock() {
        Lexer lexer = lex("init:\n    x = 1\n  y = 2\n    z = 3\n");
        assertEquals(List.of("unindent does not match any outer indentation level"),
                lexer.errors().stream().map(Diagnostic::message).toList());
        assertEquals(List.of(INIT, COLON, NEWLINE, INDENT, IDENT, EQ, INT, NEWLINE, IDENT, EQ, INT, NEWLINE,
                IDENT, EQ, INT, NEWLINE, DEDENT, EOF), lexer.tokenize().stream().map(Token::kind).toList());
    }

    @Test
    void everyKeywordIsRecognised() {
        String words = "const var init def action process fair invariant property constraint label goto either or "
                + "await require oneof if elif else while for in not and is break continue pass return assert "
                + "lambda True False None";
        List<Token> tokens = lex(words).tokenize();
        for (Token token : tokens.subList(0, tokens.size() - 2)) {
            assertTrue(token.kind().isKeyword(), token.toString());
        }
        assertEquals(35, tokens.size() - 2);
    }

    @Test
    void alwaysAndEventuallyAreIdentifiers() {
        assertEquals(List.of(IDENT, IDENT, NEWLINE, EOF), kinds("always eventually"));
    }

    @Test
    void operatorsTakeTheLongestMatch() {
        assertEquals(List.of(STAR_STAR_EQ, SLASH_SLASH_EQ, STAR_STAR, SLASH_SLASH, LE, GE, EQ_EQ, NOT_EQ, PLUS_EQ,
                MINUS_EQ, STAR_EQ, PERCENT_EQ, PIPE_EQ, AMP_EQ, CARET_EQ, SLASH_EQ, LSHIFT, RSHIFT, NEWLINE, EOF),
                kinds("**= //= ** // <= >= == != += -= *= %= |= &= ^= /= << >>"));
        assertEquals(List.of(PLUS, MINUS, STAR, SLASH, PERCENT, LT, GT, EQ, PIPE, AMP, CARET, TILDE, LPAREN, RPAREN,
                LBRACKET, RBRACKET, LBRACE, RBRACE, COMMA, COLON, DOT, SEMI, NEWLINE, EOF),
                kinds("+ - * / % < > = | & ^ ~ ( ) [ ] { } , : . ;"));
    }

    @Test
    void tokensKeepStartAndEndOffsets() {
        List<Token> tokens = lex("ab  == 'c'").tokenize();
        assertEquals(0, tokens.get(0).start());
        assertEquals(2, tokens.get(0).end());
        assertEquals(4, tokens.get(1).start());
        assertEquals(6, tokens.get(1).end());
        assertEquals(7, tokens.get(2).start());
        assertEquals(10, tokens.get(2).end());
    }

    @Test
    void unexpectedCharacterGivesErrorTokenAndGoesOn() {
        Lexer lexer = lex("x = $ 1 ? 2");
        assertEquals(List.of("unexpected character '$'", "unexpected character '?'"),
                lexer.errors().stream().map(Diagnostic::message).toList());
        assertEquals(List.of(IDENT, EQ, ERROR, INT, ERROR, INT, NEWLINE, EOF),
                lexer.tokenize().stream().map(Token::kind).toList());
    }

    @Test
    void bangAloneSuggestsNot() {
        assertEquals(List.of("'!' is not supported: use 'not'"), errors("!x"));
    }

    // ---- integers

    @Test
    void decimalIntegersWithUnderscores() {
        assertEquals(1_000_000L, single("1_000_000").intValue());
        assertEquals(0L, single("0").intValue());
        assertEquals(0L, single("00").intValue());
        assertEquals(Long.MAX_VALUE, single("9223372036854775807").intValue());
    }

    @Test
    void hexOctalAndBinaryIntegers() {
        assertEquals(255L, single("0xff").intValue());
        assertEquals(8L, single("0o10").intValue());
        assertEquals(5L, single("0b101").intValue());
        assertEquals(0x7fff_ffffL, single("0x_7fff_ffff").intValue());
    }

    @Test
    void twoToTheSixtyThreeIsLeftForTheParser() {
        assertEquals(Long.MIN_VALUE, single("9223372036854775808").intValue());
    }

    @Test
    void tooLargeIntegerIsAnError() {
        assertEquals(List.of("integer literal '99999999999999999999' is too large"), errors("99999999999999999999"));
        assertEquals(List.of("integer literal '0x1_0000_0000_0000_0000' is too large"),
                errors("0x1_0000_0000_0000_0000"));
    }

    @Test
    void malformedIntegersAreErrors() {
        assertEquals(List.of("invalid integer literal '1__0'"), errors("1__0"));
        assertEquals(List.of("invalid integer literal '1_'"), errors("1_"));
        assertEquals(List.of("invalid integer literal '12abc'"), errors("12abc"));
        assertEquals(List.of("invalid integer literal '0b2'"), errors("0b2"));
        assertEquals(List.of("leading zeros in decimal integer literals are not permitted"), errors("007"));
    }

    @Test
    void floatsAreRejected() {
        assertEquals(List.of("floating-point literal '1.5' is not supported (models use integers)"), errors("1.5"));
        assertEquals(List.of("floating-point literal '2e10' is not supported (models use integers)"), errors("2e10"));
        assertEquals(List.of("floating-point literal '.5' is not supported (models use integers)"), errors(".5"));
        assertEquals(List.of("floating-point literal '1e-3' is not supported (models use integers)"), errors("1e-3"));
    }

    // ---- strings

    @Test
    void bothQuotesAndSimpleEscapes() {
        assertEquals("it's", string("\"it's\""));
        assertEquals("say \"hi\"", string("'say \"hi\"'"));
        assertEquals("a\nb\tc\rd\\e'f\"g\0h", string("'a\\nb\\tc\\rd\\\\e\\'f\\\"g\\0h'"));
    }

    @Test
    void numericEscapes() {
        assertEquals("AB", string("'\\x41\\102'"));
        assertEquals("\u00e9\u20ac", string("'\\u00e9\\u20AC'"));
        assertEquals("\uD83D\uDE00", string("'\\U0001F600'"));
        assertEquals("\u0007\b\f\u000b", string("'\\a\\b\\f\\v'"));
    }

    @Test
    void namedEscape() {
        assertEquals("\u00e9", string("'\\N{LATIN SMALL LETTER E WITH ACUTE}'"));
    }

    @Test
    void unknownEscapeIsKeptLiterally() {
        assertEquals("\\q\\d", string("'\\q\\d'"));
    }

    @Test
    void backslashNewlineInsideStringJoinsLines() {
        assertEquals("ab", string("'a\\\nb'"));
    }

    @Test
    void badEscapesAreErrors() {
        assertEquals(List.of("invalid '\\x' escape: expected 2 hex digits"), errors("'\\x4'"));
        assertEquals(List.of("invalid '\\u' escape: expected 4 hex digits"), errors("'\\u12g4'"));
        assertEquals(List.of("invalid '\\U' escape: \\U00110000 is not a character"), errors("'\\U00110000'"));
        assertEquals(List.of("unknown character name 'NO SUCH THING'"), errors("'\\N{NO SUCH THING}'"));
    }

    @Test
    void tripleQuotedStringsSpanLines() {
        assertEquals("a\n'b'\n\"\"c", string("'''a\n'b'\n\"\"c'''"));
        assertEquals("x\ny", string("\"\"\"x\ny\"\"\""));
    }

    @Test
    void rawStringsKeepBackslashes() {
        assertEquals("a\\nb\\'", string("r'a\\nb\\''"));
        assertEquals("\\d+", string("R\"\\d+\""));
    }

    @Test
    void unterminatedStringsAreReportedAtTheirStart() {
        Lexer lexer = lex("x = 'abc\ny = 1\n");
        assertEquals(List.of(new Diagnostic(4, "unterminated string")), lexer.errors());
        assertEquals(List.of(IDENT, EQ, STRING, NEWLINE, IDENT, EQ, INT, NEWLINE, EOF),
                lexer.tokenize().stream().map(Token::kind).toList());
        assertEquals(List.of("unterminated triple-quoted string"), errors("x = '''abc\n\n"));
    }

    @Test
    void bytesLiteralsAreRejected() {
        assertEquals(List.of("bytes literals are not supported"), errors("b'abc'"));
    }

    // ---- f-strings

    @Test
    void fstringPiecesSplitTextAndFields() {
        Token token = single("f'a{x}b{y!r:>3}{{c}}'");
        assertEquals(FSTRING, token.kind());
        List<FStringPiece> pieces = token.pieces();
        assertEquals(new FStringPiece.Text(2, "a"), pieces.get(0));
        assertEquals(new FStringPiece.Field(3, 4, 5, '\0', null), pieces.get(1));
        assertEquals(new FStringPiece.Text(6, "b"), pieces.get(2));
        assertEquals(new FStringPiece.Field(7, 8, 9, 'r', ">3"), pieces.get(3));
        assertEquals(new FStringPiece.Text(15, "{c}"), pieces.get(4));
        assertEquals(5, pieces.size());
    }

    @Test
    void fstringFieldMayHoldBracketsStringsAndNotEquals() {
        List<FStringPiece> pieces = single("f\"{d['k'] != {1: 2}[1]}\"").pieces();
        FStringPiece.Field field = (FStringPiece.Field) pieces.get(0);
        assertEquals("d['k'] != {1: 2}[1]", "f\"{d['k'] != {1: 2}[1]}\"".substring(field.exprStart(), field.exprEnd()));
    }

    @Test
    void fstringErrors() {
        assertEquals(List.of("empty expression in f-string"), errors("f'{}'"));
        assertEquals(List.of("single '}' is not allowed in f-string"), errors("f'a}b'"));
        assertEquals(List.of("expected '}' in f-string"), errors("f'{x'"));
        assertEquals(List.of("f-string conversion must be '!r' or '!s'"), errors("f'{x!a}'"));
        assertEquals(List.of("nested fields in a format spec are not supported"), errors("f'{x:{w}}'"));
        assertEquals(List.of("unterminated string"), errors("f'{x\n"));
    }

    // ---- brackets

    @Test
    void unclosedBracketIsReportedAtTheBracket() {
        Lexer lexer = lex("x = (1 +\ny = 2\n");
        assertEquals(List.of(new Diagnostic(4, "'(' was never closed")), lexer.errors());
        assertEquals(4, lexer.unclosedBracket());
    }

    @Test
    void unmatchedAndMismatchedClosingBrackets() {
        assertEquals(List.of("unmatched ')'"), errors("x = 1)"));
        assertEquals(List.of("closing ']' does not match opening '('"), errors("x = (1]"));
        assertEquals(List.of("closing ')' does not match opening '['"), errors("f([1)"));
    }

    @Test
    void continuationMustEndTheLine() {
        assertEquals(List.of("unexpected character after line continuation character"), errors("x = 1 \\ 2"));
    }

    @Test
    void crlfLineEndingsWork() {
        assertEquals(List.of(INIT, COLON, NEWLINE, INDENT, PASS, NEWLINE, DEDENT, EOF), kinds("init:\r\n    pass\r\n"));
    }

    @Test
    void unicodeIdentifiers() {
        assertEquals("Δt", single("Δt").text());
    }
}
