package dev.ariadne.lang.syntax;

import static dev.ariadne.lang.syntax.TokenKind.*;

import dev.ariadne.lang.syntax.TokenCursor.ParseError;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Parses a model file into its syntax tree, one method per grammar rule: declarations and
 * statements here, expressions in {@link ExpressionParser}.
 *
 * <p>After a syntax error the parser records it and resynchronises at the next statement (the
 * next line of the current block) or the next declaration, so that independent mistakes are all
 * reported in one run.
 */
public final class Parser {
    private static final Map<TokenKind, BinaryOp> AUGMENTED = new EnumMap<>(Map.of(
            PLUS_EQ, BinaryOp.ADD, MINUS_EQ, BinaryOp.SUB, STAR_EQ, BinaryOp.MUL, SLASH_SLASH_EQ, BinaryOp.FLOORDIV,
            SLASH_EQ, BinaryOp.FLOORDIV, PERCENT_EQ, BinaryOp.MOD, STAR_STAR_EQ, BinaryOp.POW, PIPE_EQ, BinaryOp.BITOR,
            AMP_EQ, BinaryOp.BITAND, CARET_EQ, BinaryOp.BITXOR));
    /** Python statements a model cannot use; named in the message when one is tried. */
    private static final Set<String> PYTHON_STATEMENTS = Set.of("import", "from", "class", "try", "except", "finally",
            "with", "raise", "del", "global", "nonlocal", "yield", "async");

    /**
     * The deepest blocks may nest, as in Python (100 indentation levels): deeper, the
     * parser, resolver and compiler would recurse into a StackOverflowError.
     */
    static final int MAX_BLOCK_NESTING = 100;

    private final TokenCursor in;
    private final ExpressionParser expressions;
    /** How many blocks enclose the statement being parsed. */
    private int blockDepth;

    static final String EQUALS_MESSAGE = "'=' assigns: compare with '=='";

    private Parser(TokenCursor in) {
        this.in = in;
        this.expressions = new ExpressionParser(in);
    }

    /** Parses a whole model file; the result holds every lexical and syntax error, sorted by offset. */
    public static ParseResult parseFile(SourceFile file) {
        Lexer lexer = new Lexer(file);
        List<Token> tokens = lexer.tokenize();
        ErrorCollector errors = new ErrorCollector();
        errors.addLexical(lexer, true);
        List<Decl> decls = new Parser(new TokenCursor(file, tokens, errors)).declarations();
        return new ParseResult(new ModelFile(file, decls), errors.sorted());
    }

    /** Parses a lone expression, such as the value of {@code --const NAME=EXPR}; a bare tuple is allowed. */
    public static ExpressionResult parseExpression(SourceFile file) {
        Lexer lexer = new Lexer(file, 0, file.text().length(), true);
        List<Token> tokens = lexer.tokenize();
        ErrorCollector errors = new ErrorCollector();
        errors.addLexical(lexer, true);
        TokenCursor in = new TokenCursor(file, tokens, errors);
        Expr expr = null;
        try {
            if (in.check(EOF)) {
                throw in.error(in.peek(), "expected an expression");
            }
            expr = new ExpressionParser(in).testList();
            if (!in.check(EOF)) {
                throw in.unexpected(in.peek());
            }
        } catch (ParseError e) {
            expr = null;
        }
        return new ExpressionResult(expr, errors.sorted());
    }

    // ---- declarations

    private List<Decl> declarations() {
        List<Decl> decls = new ArrayList<>();
        while (!in.check(EOF)) {
            int before = in.position();
            try {
                Decl decl = declaration();
                if (decl != null) {
                    decls.add(decl);
                }
            } catch (ParseError e) {
                synchronize();
            }
            if (in.position() == before) {
                in.advance();
            }
        }
        return decls;
    }

    /** One declaration, or null for a broken one whose errors have been recorded. */
    private Decl declaration() {
        Token token = in.peek();
        switch (token.kind()) {
            case CONST:
                return constDecl();
            case VAR:
                return varDecl();
            case INIT:
                return initDecl();
            case DEF:
                return defDecl();
            case ACTION:
                return actionDecl(token, Fairness.NONE);
            case FAIR:
                return fairDecl();
            case PROCESS:
                return processDecl(token, Fairness.NONE);
            case INVARIANT:
            case CONSTRAINT:
                return conditionDecl();
            case PROPERTY:
                return propertyDecl();
            case INDENT:
                strayIndentedBlock();
                return null;
            case DEDENT:
            case NEWLINE:
                // Left behind by a declaration abandoned after an error.
                in.advance();
                return null;
            default:
                if (token.is(IDENT) && PYTHON_STATEMENTS.contains(token.text())) {
                    throw in.error(token, "'" + token.text() + "' is not supported");
                }
                throw in.error(token, "expected a declaration, found " + in.describe(token));
        }
    }

    /** An indented block where a declaration should start: one error, then its contents are checked. */
    private void strayIndentedBlock() {
        in.report(in.advance().start(), "unexpected indent");
        if (!isDeclarationStart(in.peek())) {
            block();
            return;
        }
        while (!in.check(DEDENT) && !in.check(EOF)) {
            int before = in.position();
            try {
                declaration();
            } catch (ParseError e) {
                synchronize();
            }
            if (in.position() == before) {
                in.advance();
            }
        }
        in.match(DEDENT);
    }

    private static boolean isDeclarationStart(Token token) {
        return switch (token.kind()) {
            case CONST, VAR, INIT, DEF, ACTION, FAIR, PROCESS, INVARIANT, CONSTRAINT, PROPERTY -> true;
            default -> false;
        };
    }

    private Decl constDecl() {
        Token keyword = in.advance();
        Token name = in.expect(IDENT, "expected a name after 'const'");
        in.expect(EQ, "expected '=' after 'const " + name.text() + "'");
        Expr value = expressions.testList();
        endOfLine();
        return new ConstDecl(keyword.start(), identifier(name), value);
    }

    private Decl varDecl() {
        Token keyword = in.advance();
        Token name = in.expect(IDENT, "expected a name after 'var'");
        in.expect(EQ, "expected '=' after 'var " + name.text() + "'");
        Expr value = expressions.testList();
        endOfLine();
        return new VarDecl(keyword.start(), identifier(name), value);
    }

    private Decl initDecl() {
        Token keyword = in.advance();
        boolean ok = header(() -> in.expect(COLON, "expected ':' after 'init'")) != null;
        List<Stmt> body = ok ? suite("'init'") : recoverSuite();
        return new InitDecl(keyword.start(), body);
    }

    private record DefHeader(Token name, List<Param> params) {
    }

    private Decl defDecl() {
        Token keyword = in.advance();
        DefHeader header = header(() -> {
            Token name = in.expect(IDENT, "expected a function name after 'def'");
            in.expect(LPAREN, "expected '(' after 'def " + name.text() + "'");
            List<Param> params = expressions.parameters(RPAREN);
            in.expect(RPAREN, "expected ',' or ')' after a parameter");
            in.expect(COLON, "expected ':' after the parameters of '" + name.text() + "'");
            return new DefHeader(name, params);
        });
        if (header == null) {
            recoverSuite();
            return null;
        }
        List<Stmt> body = suite("'def " + header.name().text() + "'");
        return new DefDecl(keyword.start(), identifier(header.name()), header.params(), body);
    }

    private record StepHeader(Token name, List<Binder> params) {
    }

    /** {@code fair} or {@code fair+}, then a process or an action. */
    private Decl fairDecl() {
        Token fair = in.advance();
        Fairness fairness = Fairness.WEAK;
        if (in.check(PLUS) && in.peek().start() == fair.end()) {
            in.advance();
            fairness = Fairness.STRONG;
        }
        if (in.check(ACTION)) {
            return actionDecl(fair, fairness);
        }
        if (in.check(PROCESS)) {
            return processDecl(fair, fairness);
        }
        String what = fairness == Fairness.STRONG ? "fair+" : "fair";
        Token culprit = in.peek();
        header(() -> {
            throw in.error(culprit, "'" + what + "' applies to a process or an action: expected 'process' or 'action'"
                    + " after '" + what + "', found " + in.describe(culprit));
        });
        recoverSuite();
        return null;
    }

    private Decl actionDecl(Token first, Fairness fairness) {
        in.advance();
        StepHeader header = header(() -> {
            Token name = in.expect(IDENT, "expected an action name after 'action'");
            List<Binder> params = in.check(LPAREN) ? binders() : List.of();
            in.expect(COLON, "expected ':' after 'action " + name.text() + "'");
            return new StepHeader(name, params);
        });
        if (header == null) {
            recoverSuite();
            return null;
        }
        List<Stmt> body = suite("'action " + header.name().text() + "'");
        return new ActionDecl(first.start(), identifier(header.name()), header.params(), body, fairness);
    }

    private Decl processDecl(Token first, Fairness fairness) {
        in.advance();
        StepHeader header = header(() -> {
            Token name = in.expect(IDENT, "expected a process name after 'process'");
            List<Binder> params = in.check(LPAREN) ? binders() : List.of();
            if (params.size() > 1) {
                in.report(params.get(1).offset(), "a process takes at most one parameter");
            }
            in.expect(COLON, "expected ':' after 'process " + name.text() + "'");
            return new StepHeader(name, params);
        });
        if (header == null) {
            recoverSuite();
            return null;
        }
        List<Stmt> body = suite("'process " + header.name().text() + "'");
        Binder param = header.params().isEmpty() ? null : header.params().get(0);
        return new ProcessDecl(first.start(), fairness, identifier(header.name()), param, body);
    }

    /** {@code '(' [binder (',' binder)* [',']] ')'}. */
    private List<Binder> binders() {
        in.advance();
        List<Binder> binders = new ArrayList<>();
        while (!in.check(RPAREN)) {
            Token name = in.expect(IDENT, "expected a parameter name");
            in.expect(IN, "expected 'in' after parameter '" + name.text() + "'");
            binders.add(new Binder(name.start(), identifier(name), expressions.test()));
            if (!in.match(COMMA)) {
                break;
            }
        }
        in.expect(RPAREN, "expected ',' or ')' after a parameter");
        return binders;
    }

    /** An invariant or a constraint: a condition on the same line, or a block. */
    private Decl conditionDecl() {
        Token keyword = in.advance();
        String what = keyword.kind().spelling();
        Token name = header(() -> {
            Token n = in.expect(IDENT, "expected a name after '" + what + "'");
            in.expect(COLON, "expected ':' after '" + what + " " + n.text() + "'");
            return n;
        });
        if (name == null) {
            recoverSuite();
            return null;
        }
        List<Stmt> body = suite("'" + what + " " + name.text() + "'");
        if (body.size() == 1 && body.get(0) instanceof ExprStmt condition) {
            body = List.of(new ReturnStmt(condition.offset(), condition.expr()));
        } else if (body.size() == 1 && body.get(0) instanceof AssignStmt a && a.targets().size() == 1) {
            in.report(a.offset(), EQUALS_MESSAGE); // 'invariant I: x = 0' means equality
            body = List.of(new ReturnStmt(a.offset(), a.value()));
        }
        return keyword.is(INVARIANT)
                ? new InvariantDecl(keyword.start(), identifier(name), body)
                : new ConstraintDecl(keyword.start(), identifier(name), body);
    }

    private Decl propertyDecl() {
        Token keyword = in.advance();
        StepHeader header = header(() -> {
            Token n = in.expect(IDENT, "expected a name after 'property'");
            List<Binder> params = in.check(LPAREN) ? binders() : List.of();
            if (params.size() > 1) {
                in.report(params.get(1).offset(), "a property takes at most one parameter");
            }
            in.expect(COLON, "expected ':' after 'property " + n.text() + "'");
            return new StepHeader(n, params);
        });
        if (header == null) {
            recoverSuite();
            return null;
        }
        Token name = header.name();
        boolean block = in.match(NEWLINE);
        if (block && !in.check(INDENT)) {
            throw in.error(in.peek(), "expected an indented block after 'property " + name.text() + "'");
        }
        if (block) {
            in.advance();
        }
        List<Modality> modalities = new ArrayList<>();
        while (isModality(in.peek(), in.peek(1))) {
            modalities.add(in.advance().text().equals("always") ? Modality.ALWAYS : Modality.EVENTUALLY);
        }
        int formula = in.peek().start();
        Expr body = expressions.test();
        Expr target = null;
        if (in.check(IDENT) && in.peek().text().equals("leads_to")) {
            Token op = in.advance();
            if (!modalities.isEmpty()) {
                in.report(op.start(), "'leads_to' takes state predicates on both sides: write 'P leads_to Q'"
                        + " without 'always' or 'eventually' before it");
            }
            target = expressions.test();
        } else if (modalities.isEmpty()) {
            in.report(formula, "expected 'always', 'eventually' or 'P leads_to Q' as a property's formula");
        }
        endOfLine();
        if (block && !in.match(DEDENT)) {
            throw in.error(in.peek(), "a property holds a single formula");
        }
        Binder param = header.params().isEmpty() ? null : header.params().get(0);
        return modalities.isEmpty() && target == null ? null
                : new PropertyDecl(keyword.start(), identifier(name), param, modalities, body, target);
    }

    /**
     * Whether a word starts a property's formula as a modality: 'always' or 'eventually' followed
     * by the formula (or by nothing, when it is missing), rather than used as a name.
     */
    private static boolean isModality(Token word, Token next) {
        return word.is(IDENT) && (word.text().equals("always") || word.text().equals("eventually"))
                && (ExpressionParser.startsExpression(next) || next.is(NEWLINE) || next.is(EOF));
    }

    // ---- blocks and recovery

    /** The body after a header's ':': an indented block, or simple statements on the same line. */
    private List<Stmt> suite(String after) {
        if (in.check(NEWLINE)) {
            Token newline = in.advance();
            if (!in.check(INDENT)) {
                // Blame the next line, as Python does, unless the file ends here.
                int at = in.onlyDedentsLeft() ? newline.start() : in.peek().start();
                in.report(at, "expected an indented block after " + after);
                return List.of();
            }
            in.advance();
            return block();
        }
        List<Stmt> stmts = new ArrayList<>();
        try {
            simpleStatements(stmts);
        } catch (ParseError e) {
            synchronize();
        }
        return stmts;
    }

    /** The statements of a block up to its DEDENT, which it consumes; a block nested too deeply is skipped. */
    private List<Stmt> block() {
        if (blockDepth >= MAX_BLOCK_NESTING) {
            in.report(in.peek().start(), "block nested too deeply (more than " + MAX_BLOCK_NESTING + " levels)");
            skipBlock();
            return List.of();
        }
        blockDepth++;
        try {
            return blockStatements();
        } finally {
            blockDepth--;
        }
    }

    /** Consumes the rest of a block, up to its DEDENT, without recursion. */
    private void skipBlock() {
        int level = 1;
        while (level > 0 && !in.check(EOF)) {
            TokenKind kind = in.advance().kind();
            level += kind == INDENT ? 1 : kind == DEDENT ? -1 : 0;
        }
    }

    private List<Stmt> blockStatements() {
        List<Stmt> stmts = new ArrayList<>();
        while (!in.check(DEDENT) && !in.check(EOF)) {
            int before = in.position();
            try {
                statement(stmts);
            } catch (ParseError e) {
                synchronize();
            }
            if (in.position() == before) {
                in.advance();
            }
        }
        in.match(DEDENT);
        return stmts;
    }

    /**
     * Parses a compound statement's or declaration's header (up to its ':'). After an error,
     * skips the rest of the line and returns null, so that the caller can still read the body.
     */
    private <T> T header(Supplier<T> header) {
        try {
            return header.get();
        } catch (ParseError e) {
            while (!in.check(NEWLINE) && !in.check(EOF) && !in.check(INDENT) && !in.check(DEDENT)) {
                in.advance();
            }
            return null;
        }
    }

    /** The body of a header that had an error: its indented block, parsed for its own errors. */
    private List<Stmt> recoverSuite() {
        if (in.match(NEWLINE) && in.match(INDENT)) {
            return block();
        }
        return List.of();
    }

    /**
     * After an error: skips the rest of the logical line; an indented block after it is parsed
     * for its own errors and dropped. Stops before a DEDENT, which ends the current block.
     */
    private void synchronize() {
        while (!in.check(EOF) && !in.check(DEDENT) && !in.check(INDENT)) {
            if (in.advance().is(NEWLINE)) {
                break;
            }
        }
        if (in.match(INDENT)) {
            block();
        }
    }

    // ---- statements

    private void statement(List<Stmt> out) {
        Token token = in.peek();
        switch (token.kind()) {
            case IF -> out.add(ifStmt());
            case WHILE -> out.add(whileStmt());
            case FOR -> out.add(forStmt());
            case EITHER -> out.add(eitherStmt());
            case INDENT -> {
                // Keep the over-indented statements: they are most likely meant to be here.
                in.report(in.advance().start(), "unexpected indent");
                out.addAll(block());
            }
            case DEF, CONST, INIT, ACTION, FAIR, PROCESS, INVARIANT, CONSTRAINT, PROPERTY -> {
                in.report(token.start(), "'" + token.kind().spelling() + "' is only allowed at top level");
                declaration();
            }
            case ELSE, ELIF, OR -> throw in.unexpected(token);
            default -> simpleStatements(out);
        }
    }

    /** {@code small (';' small)* [';'] NEWLINE}. */
    private void simpleStatements(List<Stmt> out) {
        Stmt last;
        do {
            last = smallStatement();
            out.add(last);
        } while (in.match(SEMI) && !in.check(NEWLINE) && !in.check(EOF));
        if (in.match(NEWLINE) || in.check(EOF)) {
            return;
        }
        if (last instanceof ExprStmt stmt && stmt.expr() instanceof Identifier word
                && PYTHON_STATEMENTS.contains(word.name())) {
            throw in.error(word.offset(), "'" + word.name() + "' is not supported");
        }
        throw in.unexpected(in.peek());
    }

    private Stmt smallStatement() {
        Token token = in.peek();
        switch (token.kind()) {
            case PASS:
                in.advance();
                return new PassStmt(token.start());
            case BREAK:
                in.advance();
                return new BreakStmt(token.start());
            case CONTINUE:
                in.advance();
                return new ContinueStmt(token.start());
            case RETURN:
                in.advance();
                return new ReturnStmt(token.start(),
                        ExpressionParser.startsExpression(in.peek()) ? expressions.testList() : null);
            case ASSERT: {
                in.advance();
                Expr cond = condition();
                Expr message = in.match(COMMA) ? expressions.test() : null;
                return new AssertStmt(token.start(), cond, message);
            }
            case AWAIT:
            case REQUIRE:
                in.advance();
                return new AwaitStmt(token.start(), condition(), token.is(REQUIRE));
            case LABEL:
                in.advance();
                return new LabelStmt(token.start(), identifier(in.expect(IDENT, "expected a label name after 'label'")));
            case GOTO:
                in.advance();
                return new GotoStmt(token.start(), identifier(in.expect(IDENT, "expected a label name after 'goto'")));
            case VAR: {
                in.advance();
                Token name = in.expect(IDENT, "expected a name after 'var'");
                in.expect(EQ, "expected '=' after 'var " + name.text() + "'");
                return new VarStmt(token.start(), identifier(name), expressions.testList());
            }
            default:
                return expressionStatement();
        }
    }

    /** An expression statement, an assignment (possibly chained) or an augmented assignment. */
    private Stmt expressionStatement() {
        Token start = in.peek();
        Expr first = expressions.testList();
        if (in.check(EQ)) {
            Token eq = in.peek();
            List<Expr> exprs = new ArrayList<>(List.of(first));
            while (in.match(EQ)) {
                exprs.add(expressions.testList());
            }
            Expr value = exprs.remove(exprs.size() - 1);
            exprs.forEach(target -> Targets.checkAssignable(target, in));
            return new AssignStmt(eq.start(), exprs, value);
        }
        Token op = in.peek();
        if (op.is(LSHIFT_EQ) || op.is(RSHIFT_EQ)) {
            throw in.error(op, "'" + op.kind().spelling() + "' is not supported");
        }
        BinaryOp binary = AUGMENTED.get(op.kind());
        if (binary == null) {
            return new ExprStmt(start.start(), first);
        }
        in.advance();
        if (op.is(SLASH_EQ)) {
            in.report(op.start(), "'/=' is not supported: use '//=' (models use integers)");
        }
        Targets.checkAugmentable(first, in);
        return new AugAssignStmt(op.start(), first, binary, expressions.testList());
    }

    private IfStmt ifStmt() {
        Token keyword = in.advance();
        String what = "'" + keyword.kind().spelling() + "'";
        Expr cond = header(() -> {
            Expr c = condition();
            in.expect(COLON, "expected ':' after the condition of " + what);
            return c;
        });
        List<Stmt> then = cond != null ? suite(what) : recoverSuite();
        List<Stmt> orElse = List.of();
        if (in.check(ELIF)) {
            orElse = List.of(ifStmt());
        } else if (in.check(ELSE)) {
            orElse = elseSuite();
        }
        return new IfStmt(keyword.start(), orPlaceholder(cond, keyword), then, orElse);
    }

    /**
     * The condition of {@code if}, {@code while}, {@code await}, {@code assert}: a test.
     * A {@code =} after it (TLA+'s equality, or a C slip) is reported and read as {@code ==}.
     */
    private Expr condition() {
        Expr left = expressions.test();
        if (in.check(EQ)) {
            Token eq = in.advance();
            in.report(eq.start(), EQUALS_MESSAGE);
            expressions.test();
        }
        return left;
    }

    private List<Stmt> elseSuite() {
        in.advance();
        boolean ok = header(() -> in.expect(COLON, "expected ':' after 'else'")) != null;
        return ok ? suite("'else'") : recoverSuite();
    }

    private WhileStmt whileStmt() {
        Token keyword = in.advance();
        Expr cond = header(() -> {
            Expr c = condition();
            in.expect(COLON, "expected ':' after the condition of 'while'");
            return c;
        });
        List<Stmt> body = cond != null ? suite("'while'") : recoverSuite();
        noElseAfterLoop();
        return new WhileStmt(keyword.start(), orPlaceholder(cond, keyword), body);
    }

    private record ForHeader(Expr target, Expr iterable) {
    }

    private ForStmt forStmt() {
        Token keyword = in.advance();
        ForHeader header = header(() -> {
            Expr target = expressions.targetList();
            Targets.checkAssignable(target, in);
            in.expect(IN, "expected 'in' after the target of 'for'");
            Expr iterable = expressions.testList();
            in.expect(COLON, "expected ':' after the iterable of 'for'");
            return new ForHeader(target, iterable);
        });
        List<Stmt> body = header != null ? suite("'for'") : recoverSuite();
        noElseAfterLoop();
        if (header == null) {
            return new ForStmt(keyword.start(), placeholder(keyword), placeholder(keyword), body);
        }
        return new ForStmt(keyword.start(), header.target(), header.iterable(), body);
    }

    private void noElseAfterLoop() {
        if (in.check(ELSE)) {
            in.report(in.peek().start(), "'else' after a loop is not supported");
            elseSuite();
        }
    }

    private EitherStmt eitherStmt() {
        Token keyword = in.advance();
        List<List<Stmt>> branches = new ArrayList<>();
        branches.add(branch("'either'"));
        while (in.check(OR)) {
            in.advance();
            branches.add(branch("'or'"));
        }
        if (branches.size() < 2) {
            in.report(keyword.start(), "'either' needs at least one 'or' branch");
        }
        return new EitherStmt(keyword.start(), branches);
    }

    private List<Stmt> branch(String what) {
        boolean ok = header(() -> in.expect(COLON, "expected ':' after " + what)) != null;
        return ok ? suite(what) : recoverSuite();
    }

    // ---- helpers

    private void endOfLine() {
        if (!in.match(NEWLINE) && !in.check(EOF)) {
            throw in.unexpected(in.peek());
        }
    }

    /** Stands for a part of a statement that could not be parsed; the file has errors, so it is never run. */
    private static Expr placeholder(Token at) {
        return new NoneLiteral(at.start());
    }

    private static Expr orPlaceholder(Expr expr, Token at) {
        return expr != null ? expr : placeholder(at);
    }

    private static Identifier identifier(Token name) {
        return ExpressionParser.identifier(name);
    }
}
