package dev.ariadne.lang.syntax;

import static dev.ariadne.lang.syntax.TokenKind.*;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Parses expressions, one method per grammar rule, from the lowest precedence ({@code lambda})
 * to the highest (atoms), as in Python.
 */
final class ExpressionParser {
    static final String SLASH_MESSAGE = "'/' is not supported: use '//' (models use integers)";

    private static final Map<TokenKind, BinaryOp> BINARY_OPS = new EnumMap<>(Map.of(
            PLUS, BinaryOp.ADD, MINUS, BinaryOp.SUB, STAR, BinaryOp.MUL, SLASH_SLASH, BinaryOp.FLOORDIV,
            SLASH, BinaryOp.FLOORDIV, PERCENT, BinaryOp.MOD, PIPE, BinaryOp.BITOR, AMP, BinaryOp.BITAND,
            CARET, BinaryOp.BITXOR));
    private static final Set<TokenKind> EXPRESSION_STARTS = EnumSet.of(IDENT, INT, STRING, FSTRING, TRUE, FALSE, NONE,
            LPAREN, LBRACKET, LBRACE, MINUS, PLUS, TILDE, NOT, LAMBDA, ONEOF);
    private static final Set<TokenKind> TRAILERS = EnumSet.of(LPAREN, LBRACKET, DOT, STAR_STAR);

    /**
     * The deepest an expression may nest (brackets, unary operators, {@code not}, {@code **}),
     * as in Python, whose parser stops at 200 nested parentheses: each level costs the parser
     * about twenty Java frames, and the resolver and compiler recurse as deep, so a deeper
     * expression would end in a StackOverflowError instead of a message.
     */
    static final int MAX_NESTING = 200;

    private final TokenCursor in;
    /** How many nesting levels enclose the expression being parsed. */
    private int depth;

    ExpressionParser(TokenCursor in) {
        this.in = in;
    }

    static boolean startsExpression(Token token) {
        return EXPRESSION_STARTS.contains(token.kind());
    }

    /** {@code test (',' test)* [',']}: one expression, or a bare tuple where Python allows one. */
    Expr testList() {
        Token start = in.peek();
        Expr first = test();
        if (!in.check(COMMA)) {
            return first;
        }
        List<Expr> items = new ArrayList<>(List.of(first));
        while (in.match(COMMA) && startsExpression(in.peek())) {
            items.add(test());
        }
        return new TupleExpr(start.start(), items);
    }

    /** {@code expr (',' expr)* [',']}: the target of a {@code for}, where 'in' must not be read as an operator. */
    Expr targetList() {
        Token start = in.peek();
        Expr first = bitOr();
        if (!in.check(COMMA)) {
            return first;
        }
        List<Expr> items = new ArrayList<>(List.of(first));
        while (in.match(COMMA) && startsExpression(in.peek())) {
            items.add(bitOr());
        }
        return new TupleExpr(start.start(), items);
    }

    /** {@code lambda | orTest ['if' orTest 'else' test]}: one nesting level (brackets enclose a test). */
    Expr test() {
        enter();
        try {
            return unnestedTest();
        } finally {
            depth--;
        }
    }

    /** Counts one more level of nesting, refusing more than {@link #MAX_NESTING}. */
    private void enter() {
        if (depth >= MAX_NESTING) {
            throw in.error(in.peek(), "expression nested too deeply (more than " + MAX_NESTING + " levels)");
        }
        depth++;
    }

    /** {@code operand()} one nesting level deeper: the operand of a unary operator, {@code not} or {@code **}. */
    private Expr nested(Supplier<Expr> operand) {
        enter();
        try {
            return operand.get();
        } finally {
            depth--;
        }
    }

    private Expr unnestedTest() {
        if (in.check(LAMBDA)) {
            return lambda();
        }
        Expr then = orTest();
        if (!in.check(IF)) {
            return then;
        }
        Token keyword = in.advance();
        Expr cond = orTest();
        in.expect(ELSE, "expected 'else' in the conditional expression");
        Expr orElse = test();
        return new CondExpr(keyword.start(), cond, then, orElse);
    }

    private Expr lambda() {
        Token keyword = in.advance();
        List<Param> params = parameters(COLON);
        in.expect(COLON, "expected ':' after the parameters of 'lambda'");
        return new LambdaExpr(keyword.start(), params, test());
    }

    /** {@code [param (',' param)* [',']]} up to {@code closer}, which is left for the caller. */
    List<Param> parameters(TokenKind closer) {
        List<Param> params = new ArrayList<>();
        boolean sawDefault = false;
        while (!in.check(closer)) {
            Token name = in.expect(IDENT, "expected a parameter name");
            Expr defaultValue = null;
            if (in.match(EQ)) {
                defaultValue = test();
                sawDefault = true;
            } else if (sawDefault) {
                in.report(name.start(), "parameter '" + name.text() + "' without a default follows a parameter with one");
            }
            params.add(new Param(name.start(), identifier(name), defaultValue));
            if (!in.match(COMMA)) {
                break;
            }
        }
        return params;
    }

    Expr orTest() {
        Expr left = andTest();
        while (in.check(OR)) {
            Token op = in.advance();
            left = new BoolOpExpr(op.start(), false, left, andTest());
        }
        return left;
    }

    private Expr andTest() {
        Expr left = notTest();
        while (in.check(AND)) {
            Token op = in.advance();
            left = new BoolOpExpr(op.start(), true, left, notTest());
        }
        return left;
    }

    private Expr notTest() {
        if (in.check(NOT)) {
            Token op = in.advance();
            return new NotExpr(op.start(), nested(this::notTest));
        }
        return comparison();
    }

    private Expr comparison() {
        Expr first = bitOr();
        List<Comparison> rest = new ArrayList<>();
        while (true) {
            Token op = in.peek();
            CompareOp compareOp = compareOp();
            if (compareOp == null) {
                break;
            }
            rest.add(new Comparison(op.start(), compareOp, bitOr()));
        }
        return rest.isEmpty() ? first : new CompareExpr(first, rest);
    }

    /** Consumes a comparison operator ({@code not in} and {@code is not} are two tokens), or returns null. */
    private CompareOp compareOp() {
        CompareOp op = switch (in.peek().kind()) {
            case EQ_EQ -> CompareOp.EQ;
            case NOT_EQ -> CompareOp.NE;
            case LT -> CompareOp.LT;
            case LE -> CompareOp.LE;
            case GT -> CompareOp.GT;
            case GE -> CompareOp.GE;
            case IN -> CompareOp.IN;
            case NOT -> in.checkNext(IN) ? CompareOp.NOT_IN : null;
            case IS -> in.checkNext(NOT) ? CompareOp.IS_NOT : CompareOp.IS;
            default -> null;
        };
        if (op != null) {
            in.advance();
            if (op == CompareOp.NOT_IN || op == CompareOp.IS_NOT) {
                in.advance();
            }
        }
        return op;
    }

    private Expr bitOr() {
        return leftAssociative(this::bitXor, PIPE);
    }

    private Expr bitXor() {
        return leftAssociative(this::bitAnd, CARET);
    }

    private Expr bitAnd() {
        return leftAssociative(this::shift, AMP);
    }

    /** Shifts are not part of the language, but reading them as Python does gives a clear message. */
    private Expr shift() {
        Expr left = arith();
        while (in.check(LSHIFT) || in.check(RSHIFT)) {
            Token op = in.advance();
            in.report(op.start(), "'" + op.kind().spelling() + "' is not supported");
            arith();
        }
        return left;
    }

    private Expr arith() {
        return leftAssociative(this::term, PLUS, MINUS);
    }

    private Expr term() {
        return leftAssociative(this::factor, STAR, SLASH_SLASH, PERCENT, SLASH);
    }

    private Expr leftAssociative(Supplier<Expr> operand, TokenKind... operators) {
        Expr left = operand.get();
        while (isOneOf(in.peek().kind(), operators)) {
            Token op = in.advance();
            if (op.is(SLASH)) {
                in.report(op.start(), SLASH_MESSAGE);
            }
            left = new BinaryExpr(op.start(), BINARY_OPS.get(op.kind()), left, operand.get());
        }
        return left;
    }

    /** {@code ('-' | '+' | '~') factor | power}. */
    private Expr factor() {
        Token op = in.peek();
        UnaryOp unary = switch (op.kind()) {
            case MINUS -> UnaryOp.NEG;
            case PLUS -> UnaryOp.POS;
            case TILDE -> UnaryOp.INVERT;
            default -> null;
        };
        if (unary == null) {
            return power();
        }
        in.advance();
        if (unary == UnaryOp.NEG && in.check(INT) && in.peek().intValue() == Long.MIN_VALUE
                && !TRAILERS.contains(in.peek(1).kind())) {
            // -9223372036854775808 is a valid long although its digits alone are not.
            in.advance();
            return new IntLiteral(op.start(), Long.MIN_VALUE);
        }
        return new UnaryExpr(op.start(), unary, nested(this::factor));
    }

    /** {@code primary ['**' factor]}: right-associative, and tighter than a unary operator on its left. */
    private Expr power() {
        Expr base = primary();
        if (in.check(STAR_STAR)) {
            Token op = in.advance();
            return new BinaryExpr(op.start(), BinaryOp.POW, base, nested(this::factor));
        }
        return base;
    }

    /** An atom followed by calls, subscripts and attributes. */
    /** TLA+'s tuple {@code <<a, b>>}: reported, and read as {@code (a, b)} to go on. */
    private Expr tlaTuple() {
        Token open = in.advance();
        List<Expr> items = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        while (startsExpression(in.peek())) {
            int from = in.peek().start();
            items.add(arith()); // below the shifts, so the closing '>>' ends it
            texts.add(in.source(from, in.peek().start()).strip());
            if (!in.match(COMMA)) {
                break;
            }
        }
        in.match(RSHIFT);
        String tuple = texts.size() == 1 ? "(" + texts.get(0) + ",)" : "(" + String.join(", ", texts) + ")";
        in.report(open.start(), "'<<" + String.join(", ", texts) + ">>' is a TLA+ tuple: write " + tuple);
        return new TupleExpr(open.start(), items);
    }

    private Expr primary() {
        Expr expr = atom();
        while (true) {
            switch (in.peek().kind()) {
                case LPAREN -> expr = call(expr);
                case LBRACKET -> expr = subscript(expr);
                case DOT -> {
                    Token dot = in.advance();
                    Token name = in.expect(IDENT, "expected an attribute name after '.'");
                    expr = new AttrExpr(dot.start(), expr, identifier(name));
                }
                default -> {
                    return expr;
                }
            }
        }
    }

    private Expr call(Expr callee) {
        Token open = in.advance();
        List<Argument> args = new ArrayList<>();
        boolean sawKeyword = false;
        while (!in.check(RPAREN)) {
            Token start = in.peek();
            if (start.is(IDENT) && in.checkNext(EQ)) {
                in.advance();
                in.advance();
                args.add(new Argument(start.start(), start.text(), test()));
                sawKeyword = true;
            } else {
                Expr value = test();
                if (in.check(FOR)) {
                    value = comprehension(start.start(), ComprehensionExpr.Kind.GENERATOR, value, null);
                    if (!args.isEmpty() || !in.check(RPAREN)) {
                        in.report(start.start(), "a generator expression must be parenthesized unless it is the sole argument");
                    }
                } else if (in.check(EQ)) {
                    throw in.error(in.peek(), "expected a parameter name before '='");
                }
                if (sawKeyword) {
                    in.report(start.start(), "positional argument follows keyword argument");
                }
                args.add(new Argument(start.start(), null, value));
            }
            if (!in.match(COMMA)) {
                break;
            }
        }
        in.expect(RPAREN, "expected ',' or ')' after an argument");
        return new CallExpr(open.start(), callee, args);
    }

    /** {@code target[index]}, {@code target[i, j]} or {@code target[lo:hi:step]}. */
    private Expr subscript(Expr target) {
        Token open = in.advance();
        Token start = in.peek();
        Expr lo = in.check(COLON) ? null : test();
        if (in.match(COLON)) {
            Expr hi = in.check(COLON) || in.check(RBRACKET) ? null : test();
            Expr step = null;
            if (in.match(COLON) && !in.check(RBRACKET)) {
                step = test();
            }
            in.expect(RBRACKET, "expected ']' after the slice");
            return new SliceExpr(open.start(), target, lo, hi, step);
        }
        Expr index = lo;
        if (in.check(COMMA)) {
            List<Expr> items = new ArrayList<>(List.of(lo));
            while (in.match(COMMA) && !in.check(RBRACKET)) {
                items.add(test());
            }
            index = new TupleExpr(start.start(), items);
        }
        in.expect(RBRACKET, "expected ',' or ']' after the index");
        return new IndexExpr(open.start(), target, index);
    }

    /** A token that cannot continue an expression after a name, only start one: 'always x', 'eventually done()'. */
    private static boolean juxtaposed(Token t) {
        return t.is(IDENT) || t.is(INT) || t.is(STRING) || t.is(FSTRING) || t.is(TRUE) || t.is(FALSE) || t.is(NONE)
                || t.is(NOT);
    }

    private Expr atom() {
        Token token = in.peek();
        switch (token.kind()) {
            case IDENT:
                in.advance();
                if ((token.text().equals("always") || token.text().equals("eventually")) && juxtaposed(in.peek())) {
                    // 'eventually done()' inside an expression: say what it is rather than 'unexpected name'
                    throw in.error(token, "'" + token.text() + "' is a temporal operator: it may only stand at the start"
                            + " of a property's formula ('property Name: always eventually P', 'P leads_to Q'),"
                            + " not inside an expression");
                }
                return identifier(token);
            case INT:
                in.advance();
                if (token.intValue() == Long.MIN_VALUE) {
                    in.report(token.start(), "integer literal '" + in.textOf(token) + "' is too large");
                }
                return new IntLiteral(token.start(), token.intValue());
            case STRING:
            case FSTRING:
                return strings();
            case TRUE:
            case FALSE:
                in.advance();
                return new BoolLiteral(token.start(), token.is(TRUE));
            case NONE:
                in.advance();
                return new NoneLiteral(token.start());
            case LPAREN:
                return parenthesized();
            case LSHIFT:
                return tlaTuple();
            case LBRACKET:
                return list();
            case LBRACE:
                return braces();
            case ONEOF:
                return oneOf();
            default:
                throw in.error(token, "expected an expression, found " + in.describe(token));
        }
    }

    /** {@code ()}, {@code (e)}, {@code (e,)}, {@code (a, b)} or a generator {@code (e for ...)}. */
    private Expr parenthesized() {
        Token open = in.advance();
        if (in.match(RPAREN)) {
            return new TupleExpr(open.start(), List.of());
        }
        Expr first = test();
        if (in.check(FOR)) {
            Expr generator = comprehension(open.start(), ComprehensionExpr.Kind.GENERATOR, first, null);
            in.expect(RPAREN, "expected ')' after the generator expression");
            return generator;
        }
        if (in.match(RPAREN)) {
            return first;
        }
        List<Expr> items = items(first, RPAREN);
        return new TupleExpr(open.start(), items);
    }

    private Expr list() {
        Token open = in.advance();
        if (in.match(RBRACKET)) {
            return new ListExpr(open.start(), List.of());
        }
        Expr first = test();
        if (in.check(FOR)) {
            Expr comprehension = comprehension(open.start(), ComprehensionExpr.Kind.LIST, first, null);
            in.expect(RBRACKET, "expected ']' after the comprehension");
            return comprehension;
        }
        return new ListExpr(open.start(), items(first, RBRACKET));
    }

    /** The rest of a display after its first item, closing bracket included. */
    private List<Expr> items(Expr first, TokenKind closer) {
        List<Expr> items = new ArrayList<>(List.of(first));
        while (in.match(COMMA) && !in.check(closer)) {
            items.add(test());
        }
        in.expect(closer, "expected ',' or '" + closer.spelling() + "'");
        return items;
    }

    /** A dict or set display or comprehension; {@code {}} is an empty dict. */
    private Expr braces() {
        Token open = in.advance();
        if (in.match(RBRACE)) {
            return new DictExpr(open.start(), List.of());
        }
        Token keyStart = in.peek();
        Expr first = test();
        if (!in.match(COLON)) {
            if (in.check(FOR)) {
                Expr comprehension = comprehension(open.start(), ComprehensionExpr.Kind.SET, first, null);
                in.expect(RBRACE, "expected '}' after the comprehension");
                return comprehension;
            }
            return new SetExpr(open.start(), items(first, RBRACE));
        }
        Expr value = test();
        if (in.check(FOR)) {
            Expr comprehension = comprehension(open.start(), ComprehensionExpr.Kind.DICT, first, value);
            in.expect(RBRACE, "expected '}' after the comprehension");
            return comprehension;
        }
        List<DictEntry> entries = new ArrayList<>(List.of(new DictEntry(keyStart.start(), first, value)));
        while (in.match(COMMA) && !in.check(RBRACE)) {
            Token start = in.peek();
            Expr key = test();
            in.expect(COLON, "expected ':' after a dict key");
            entries.add(new DictEntry(start.start(), key, test()));
        }
        in.expect(RBRACE, "expected ',' or '}'");
        return new DictExpr(open.start(), entries);
    }

    /** The clauses of a comprehension whose element (and value, for a dict) has been read. */
    private Expr comprehension(int offset, ComprehensionExpr.Kind kind, Expr element, Expr value) {
        List<CompClause> clauses = new ArrayList<>();
        clauses.add(forClause());
        while (in.check(FOR) || in.check(IF)) {
            if (in.check(FOR)) {
                clauses.add(forClause());
            } else {
                Token keyword = in.advance();
                clauses.add(new IfClause(keyword.start(), orTest()));
            }
        }
        return new ComprehensionExpr(offset, kind, element, value, clauses);
    }

    private ForClause forClause() {
        Token keyword = in.advance();
        Expr target = targetList();
        Targets.checkAssignable(target, in);
        in.expect(IN, "expected 'in' after the target of 'for'");
        return new ForClause(keyword.start(), target, orTest());
    }

    private Expr oneOf() {
        Token keyword = in.advance();
        in.expect(LPAREN, "expected '(' after 'oneof'");
        if (in.check(RPAREN)) {
            throw in.error(in.peek(), "'oneof' takes exactly one argument");
        }
        Token start = in.peek();
        Expr collection = test();
        if (in.check(FOR)) {
            collection = comprehension(start.start(), ComprehensionExpr.Kind.GENERATOR, collection, null);
        }
        if (in.match(COMMA) && !in.check(RPAREN)) {
            throw in.error(in.peek(), "'oneof' takes exactly one argument");
        }
        in.expect(RPAREN, "expected ')' after the argument of 'oneof'");
        return new OneOfExpr(keyword.start(), collection);
    }

    /** Adjacent string and f-string literals, concatenated. */
    private Expr strings() {
        Token first = in.peek();
        List<Expr> parts = new ArrayList<>();
        boolean formatted = false;
        while (in.check(STRING) || in.check(FSTRING)) {
            Token token = in.advance();
            if (token.is(STRING)) {
                appendText(parts, token.start(), token.text());
                continue;
            }
            for (FStringPiece piece : token.pieces()) {
                if (piece instanceof FStringPiece.Text text) {
                    appendText(parts, text.offset(), text.text());
                } else {
                    FormattedValue value = field((FStringPiece.Field) piece);
                    if (value != null) {
                        parts.add(value);
                        formatted = true;
                    }
                }
            }
        }
        if (!formatted) {
            String value = parts.isEmpty() ? "" : ((StringLiteral) parts.get(0)).value();
            return new StringLiteral(first.start(), value);
        }
        return new FStringExpr(first.start(), parts);
    }

    private static void appendText(List<Expr> parts, int offset, String text) {
        if (text.isEmpty()) {
            return;
        }
        int last = parts.size() - 1;
        if (last >= 0 && parts.get(last) instanceof StringLiteral previous) {
            parts.set(last, new StringLiteral(previous.offset(), previous.value() + text));
        } else {
            parts.add(new StringLiteral(offset, text));
        }
    }

    /** Parses the expression of an f-string field from its place in the source text; null after an error. */
    private FormattedValue field(FStringPiece.Field field) {
        Lexer lexer = new Lexer(in.file, field.exprStart(), field.exprEnd(), true);
        List<Token> tokens = lexer.tokenize();
        in.errors.addLexical(lexer, false);
        TokenCursor cursor = new TokenCursor(in.file, tokens, in.errors);
        try {
            Expr value = new ExpressionParser(cursor).testList();
            if (!cursor.check(EOF)) {
                throw cursor.unexpected(cursor.peek());
            }
            return new FormattedValue(field.offset(), value, field.conversion(), field.spec());
        } catch (TokenCursor.ParseError e) {
            return null;
        }
    }

    static Identifier identifier(Token name) {
        return new Identifier(name.start(), name.text());
    }

    private static boolean isOneOf(TokenKind kind, TokenKind... kinds) {
        for (TokenKind k : kinds) {
            if (k == kind) {
                return true;
            }
        }
        return false;
    }
}
