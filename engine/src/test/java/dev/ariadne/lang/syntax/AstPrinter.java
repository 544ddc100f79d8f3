package dev.ariadne.lang.syntax;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Prints syntax trees as S-expressions, to check their shape in tests: {@code -2**2} prints
 * {@code (neg (** 2 2))}, a block prints as {@code [stmt stmt]}.
 */
public final class AstPrinter implements DeclVisitor<String>, StmtVisitor<String>, ExprVisitor<String> {

    public static String print(ModelFile file) {
        AstPrinter printer = new AstPrinter();
        return file.decls().stream().map(d -> d.accept(printer)).collect(Collectors.joining("\n"));
    }

    public static String print(Decl decl) {
        return decl.accept(new AstPrinter());
    }

    public static String print(Stmt stmt) {
        return stmt.accept(new AstPrinter());
    }

    public static String print(Expr expr) {
        return expr.accept(new AstPrinter());
    }

    // ---- declarations

    @Override
    public String visitConstDecl(ConstDecl decl) {
        return sexp("const", decl.name().name(), expr(decl.value()));
    }

    @Override
    public String visitVarDecl(VarDecl decl) {
        return sexp("var", decl.name().name(), expr(decl.value()));
    }

    @Override
    public String visitInitDecl(InitDecl decl) {
        return sexp("init", block(decl.body()));
    }

    @Override
    public String visitDefDecl(DefDecl decl) {
        return sexp("def", decl.name().name(), params(decl.params()), block(decl.body()));
    }

    @Override
    public String visitActionDecl(ActionDecl decl) {
        String binders = decl.params().stream().map(this::binder).collect(Collectors.joining(" ", "(", ")"));
        return sexp(fairness(decl.fairness()) + "action", decl.name().name(), binders, block(decl.body()));
    }

    @Override
    public String visitProcessDecl(ProcessDecl decl) {
        String param = decl.param() == null ? "()" : "(" + binder(decl.param()) + ")";
        return sexp(fairness(decl.fairness()) + "process", decl.name().name(), param, block(decl.body()));
    }

    private static String fairness(Fairness f) {
        return switch (f) {
            case NONE -> "";
            case WEAK -> "fair-";
            case STRONG -> "fair+-";
        };
    }

    @Override
    public String visitInvariantDecl(InvariantDecl decl) {
        return sexp("invariant", decl.name().name(), block(decl.body()));
    }

    @Override
    public String visitConstraintDecl(ConstraintDecl decl) {
        return sexp("constraint", decl.name().name(), block(decl.body()));
    }

    @Override
    public String visitPropertyDecl(PropertyDecl decl) {
        String modalities = decl.modalities().stream().map(m -> m.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(" "));
        String param = decl.param() == null ? "" : "(" + binder(decl.param()) + ") ";
        String formula = decl.target() == null ? modalities + " " + expr(decl.body())
                : expr(decl.body()) + " leads_to " + expr(decl.target());
        return sexp("property", param + decl.name().name(), formula);
    }

    // ---- statements

    @Override
    public String visitExprStmt(ExprStmt stmt) {
        return sexp("expr", expr(stmt.expr()));
    }

    @Override
    public String visitAssignStmt(AssignStmt stmt) {
        return sexp("=", "(" + exprs(stmt.targets()) + ")", expr(stmt.value()));
    }

    @Override
    public String visitAugAssignStmt(AugAssignStmt stmt) {
        return sexp(stmt.op().symbol() + "=", expr(stmt.target()), expr(stmt.value()));
    }

    @Override
    public String visitVarStmt(VarStmt stmt) {
        return sexp("var", stmt.name().name(), expr(stmt.value()));
    }

    @Override
    public String visitIfStmt(IfStmt stmt) {
        return sexp("if", expr(stmt.cond()), block(stmt.then()), block(stmt.orElse()));
    }

    @Override
    public String visitWhileStmt(WhileStmt stmt) {
        return sexp("while", expr(stmt.cond()), block(stmt.body()));
    }

    @Override
    public String visitForStmt(ForStmt stmt) {
        return sexp("for", expr(stmt.target()), expr(stmt.iterable()), block(stmt.body()));
    }

    @Override
    public String visitBreakStmt(BreakStmt stmt) {
        return "(break)";
    }

    @Override
    public String visitContinueStmt(ContinueStmt stmt) {
        return "(continue)";
    }

    @Override
    public String visitPassStmt(PassStmt stmt) {
        return "(pass)";
    }

    @Override
    public String visitReturnStmt(ReturnStmt stmt) {
        return stmt.value() == null ? "(return)" : sexp("return", expr(stmt.value()));
    }

    @Override
    public String visitAssertStmt(AssertStmt stmt) {
        return stmt.message() == null ? sexp("assert", expr(stmt.cond()))
                : sexp("assert", expr(stmt.cond()), expr(stmt.message()));
    }

    @Override
    public String visitAwaitStmt(AwaitStmt stmt) {
        return sexp(stmt.require() ? "require" : "await", expr(stmt.cond()));
    }

    @Override
    public String visitEitherStmt(EitherStmt stmt) {
        return sexp("either", stmt.branches().stream().map(this::block).collect(Collectors.joining(" ")));
    }

    @Override
    public String visitLabelStmt(LabelStmt stmt) {
        return sexp("label", stmt.name().name());
    }

    @Override
    public String visitGotoStmt(GotoStmt stmt) {
        return sexp("goto", stmt.name().name());
    }

    // ---- expressions

    @Override
    public String visitIdentifier(Identifier expr) {
        return expr.name();
    }

    @Override
    public String visitIntLiteral(IntLiteral expr) {
        return Long.toString(expr.value());
    }

    @Override
    public String visitStringLiteral(StringLiteral expr) {
        return quote(expr.value());
    }

    @Override
    public String visitBoolLiteral(BoolLiteral expr) {
        return expr.value() ? "True" : "False";
    }

    @Override
    public String visitNoneLiteral(NoneLiteral expr) {
        return "None";
    }

    @Override
    public String visitFStringExpr(FStringExpr expr) {
        return sexp("fstring", exprs(expr.parts()));
    }

    @Override
    public String visitFormattedValue(FormattedValue expr) {
        String conversion = expr.conversion() == '\0' ? "" : " !" + expr.conversion();
        String spec = expr.spec() == null ? "" : " :" + quote(expr.spec());
        return "(format " + expr(expr.value()) + conversion + spec + ")";
    }

    @Override
    public String visitBinaryExpr(BinaryExpr expr) {
        return sexp(expr.op().symbol(), expr(expr.left()), expr(expr.right()));
    }

    @Override
    public String visitUnaryExpr(UnaryExpr expr) {
        return sexp(expr.op().name().toLowerCase(Locale.ROOT), expr(expr.operand()));
    }

    @Override
    public String visitNotExpr(NotExpr expr) {
        return sexp("not", expr(expr.operand()));
    }

    @Override
    public String visitBoolOpExpr(BoolOpExpr expr) {
        return sexp(expr.and() ? "and" : "or", expr(expr.left()), expr(expr.right()));
    }

    /** A single comparison prints as {@code (< a b)}, a chain as {@code (chain a < b <= c)}. */
    @Override
    public String visitCompareExpr(CompareExpr expr) {
        if (expr.rest().size() == 1) {
            Comparison only = expr.rest().get(0);
            return sexp(only.op().symbol(), expr(expr.first()), expr(only.right()));
        }
        StringBuilder chain = new StringBuilder("(chain ").append(expr(expr.first()));
        for (Comparison link : expr.rest()) {
            chain.append(' ').append(link.op().symbol()).append(' ').append(expr(link.right()));
        }
        return chain.append(')').toString();
    }

    @Override
    public String visitCondExpr(CondExpr expr) {
        return sexp("if", expr(expr.cond()), expr(expr.then()), expr(expr.orElse()));
    }

    @Override
    public String visitLambdaExpr(LambdaExpr expr) {
        return sexp("lambda", params(expr.params()), expr(expr.body()));
    }

    @Override
    public String visitCallExpr(CallExpr expr) {
        StringBuilder call = new StringBuilder("(call ").append(expr(expr.callee()));
        for (Argument arg : expr.args()) {
            call.append(' ');
            if (arg.name() != null) {
                call.append(arg.name()).append('=');
            }
            call.append(expr(arg.value()));
        }
        return call.append(')').toString();
    }

    @Override
    public String visitIndexExpr(IndexExpr expr) {
        return sexp("index", expr(expr.target()), expr(expr.index()));
    }

    @Override
    public String visitSliceExpr(SliceExpr expr) {
        return sexp("slice", expr(expr.target()), optional(expr.lo()), optional(expr.hi()), optional(expr.step()));
    }

    @Override
    public String visitAttrExpr(AttrExpr expr) {
        return sexp(".", expr(expr.target()), expr.name().name());
    }

    @Override
    public String visitTupleExpr(TupleExpr expr) {
        return sexp("tuple", exprs(expr.items()));
    }

    @Override
    public String visitListExpr(ListExpr expr) {
        return sexp("list", exprs(expr.items()));
    }

    @Override
    public String visitSetExpr(SetExpr expr) {
        return sexp("set", exprs(expr.items()));
    }

    @Override
    public String visitDictExpr(DictExpr expr) {
        return sexp("dict", expr.entries().stream()
                .map(e -> sexp(":", expr(e.key()), expr(e.value())))
                .collect(Collectors.joining(" ")));
    }

    @Override
    public String visitComprehensionExpr(ComprehensionExpr expr) {
        String head = switch (expr.kind()) {
            case LIST -> "listcomp " + expr(expr.element());
            case SET -> "setcomp " + expr(expr.element());
            case DICT -> "dictcomp " + expr(expr.element()) + " " + expr(expr.value());
            case GENERATOR -> "genexp " + expr(expr.element());
        };
        StringBuilder out = new StringBuilder("(").append(head);
        for (CompClause clause : expr.clauses()) {
            out.append(' ');
            if (clause instanceof ForClause f) {
                out.append(sexp("for", expr(f.target()), expr(f.iterable())));
            } else {
                out.append(sexp("if", expr(((IfClause) clause).cond())));
            }
        }
        return out.append(')').toString();
    }

    @Override
    public String visitOneOfExpr(OneOfExpr expr) {
        return sexp("oneof", expr(expr.collection()));
    }

    // ---- helpers

    private String expr(Expr expr) {
        return expr.accept(this);
    }

    private String exprs(List<Expr> exprs) {
        return exprs.stream().map(this::expr).collect(Collectors.joining(" "));
    }

    private String optional(Expr expr) {
        return expr == null ? "_" : expr(expr);
    }

    private String block(List<Stmt> stmts) {
        return stmts.stream().map(s -> s.accept(this)).collect(Collectors.joining(" ", "[", "]"));
    }

    private String params(List<Param> params) {
        return params.stream()
                .map(p -> p.defaultValue() == null ? p.name().name() : p.name().name() + "=" + expr(p.defaultValue()))
                .collect(Collectors.joining(" ", "(", ")"));
    }

    private String binder(Binder binder) {
        return binder.name().name() + " in " + expr(binder.domain());
    }

    private static String sexp(String head, String... parts) {
        StringBuilder out = new StringBuilder("(").append(head);
        for (String part : parts) {
            if (!part.isEmpty()) {
                out.append(' ').append(part);
            }
        }
        return out.append(')').toString();
    }

    /** A string as a double-quoted literal with Java-style escapes, so that control characters show. */
    private static String quote(String s) {
        StringBuilder out = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\t' -> out.append("\\t");
                case '\r' -> out.append("\\r");
                default -> {
                    if (c < 0x20 || c == 0x7f) {
                        out.append(String.format("\\x%02x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
