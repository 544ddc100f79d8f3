package dev.ariadne.lang.syntax;

import java.util.HashMap;
import java.util.Map;

/** The kinds of tokens: names and literals, layout, keywords and operators. */
public enum TokenKind {
    IDENT("identifier", Group.OTHER),
    INT("integer literal", Group.OTHER),
    STRING("string literal", Group.OTHER),
    /** An f-string; its value is the list of its {@link FStringPiece}s. */
    FSTRING("f-string", Group.OTHER),
    NEWLINE("end of line", Group.OTHER),
    INDENT("indent", Group.OTHER),
    DEDENT("dedent", Group.OTHER),
    EOF("end of file", Group.OTHER),
    /** Text the lexer could not read; it has already reported why. */
    ERROR("invalid token", Group.OTHER),

    CONST("const"), VAR("var"), INIT("init"), DEF("def"), ACTION("action"), PROCESS("process"),
    FAIR("fair"), INVARIANT("invariant"), PROPERTY("property"), CONSTRAINT("constraint"),
    LABEL("label"), GOTO("goto"), EITHER("either"), OR("or"), AWAIT("await"), REQUIRE("require"),
    ONEOF("oneof"), IF("if"), ELIF("elif"), ELSE("else"), WHILE("while"), FOR("for"), IN("in"),
    NOT("not"), AND("and"), IS("is"), BREAK("break"), CONTINUE("continue"), PASS("pass"),
    RETURN("return"), ASSERT("assert"), LAMBDA("lambda"), TRUE("True"), FALSE("False"), NONE("None"),

    PLUS("+", Group.OPERATOR), MINUS("-", Group.OPERATOR), STAR("*", Group.OPERATOR),
    SLASH_SLASH("//", Group.OPERATOR), SLASH("/", Group.OPERATOR), PERCENT("%", Group.OPERATOR),
    STAR_STAR("**", Group.OPERATOR), LSHIFT("<<", Group.OPERATOR), RSHIFT(">>", Group.OPERATOR),
    PIPE("|", Group.OPERATOR), AMP("&", Group.OPERATOR), CARET("^", Group.OPERATOR), TILDE("~", Group.OPERATOR),
    EQ_EQ("==", Group.OPERATOR), NOT_EQ("!=", Group.OPERATOR), LT("<", Group.OPERATOR), LE("<=", Group.OPERATOR),
    GT(">", Group.OPERATOR), GE(">=", Group.OPERATOR),
    EQ("=", Group.OPERATOR), PLUS_EQ("+=", Group.OPERATOR), MINUS_EQ("-=", Group.OPERATOR),
    STAR_EQ("*=", Group.OPERATOR), SLASH_SLASH_EQ("//=", Group.OPERATOR), SLASH_EQ("/=", Group.OPERATOR),
    PERCENT_EQ("%=", Group.OPERATOR), STAR_STAR_EQ("**=", Group.OPERATOR), PIPE_EQ("|=", Group.OPERATOR),
    AMP_EQ("&=", Group.OPERATOR), CARET_EQ("^=", Group.OPERATOR), LSHIFT_EQ("<<=", Group.OPERATOR),
    RSHIFT_EQ(">>=", Group.OPERATOR),
    LPAREN("(", Group.OPERATOR), RPAREN(")", Group.OPERATOR), LBRACKET("[", Group.OPERATOR),
    RBRACKET("]", Group.OPERATOR), LBRACE("{", Group.OPERATOR), RBRACE("}", Group.OPERATOR),
    COMMA(",", Group.OPERATOR), COLON(":", Group.OPERATOR), DOT(".", Group.OPERATOR), SEMI(";", Group.OPERATOR);

    private enum Group { OTHER, KEYWORD, OPERATOR }

    private static final Map<String, TokenKind> KEYWORDS = new HashMap<>();
    private static final Map<String, TokenKind> OPERATORS = new HashMap<>();

    static {
        for (TokenKind kind : values()) {
            if (kind.group == Group.KEYWORD) {
                KEYWORDS.put(kind.spelling, kind);
            } else if (kind.group == Group.OPERATOR) {
                OPERATORS.put(kind.spelling, kind);
            }
        }
    }

    private final String spelling;
    private final Group group;

    TokenKind(String spelling) {
        this(spelling, Group.KEYWORD);
    }

    TokenKind(String spelling, Group group) {
        this.spelling = spelling;
        this.group = group;
    }

    /** How the token is written (keywords, operators) or what it is called (the others). */
    public String spelling() {
        return spelling;
    }

    public boolean isKeyword() {
        return group == Group.KEYWORD;
    }

    public boolean isOperator() {
        return group == Group.OPERATOR;
    }

    /** The keyword spelt {@code word}, or null if it is not a keyword. */
    public static TokenKind keyword(String word) {
        return KEYWORDS.get(word);
    }

    /** The operator or punctuation spelt {@code text}, or null. */
    public static TokenKind operator(String text) {
        return OPERATORS.get(text);
    }
}
