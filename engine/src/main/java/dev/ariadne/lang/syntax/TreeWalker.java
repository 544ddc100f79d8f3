package dev.ariadne.lang.syntax;

import java.util.List;

/**
 * A visitor that walks every declaration, statement and expression below where it starts,
 * each child once (left to right unless a method says otherwise), and does nothing else:
 * subclasses override the nodes they look at and call {@code super} to go on into their
 * children.
 *
 * <p>Names that only name something (a declaration's, a parameter's, an attribute's, a
 * label's, the one a {@code var} declares) are not expressions and are not visited. Every
 * descent goes through {@link #walk(Decl)}, {@link #walk(Stmt)} and {@link #walk(Expr)}, so
 * overriding those sees every node, or prunes the walk.
 */
public abstract class TreeWalker implements DeclVisitor<Void>, StmtVisitor<Void>, ExprVisitor<Void> {

    /** Walks every declaration of {@code file}, in order. */
    public void walk(ModelFile file) {
        for (Decl d : file.decls()) {
            walk(d);
        }
    }

    public void walk(Decl d) {
        d.accept(this);
    }

    public void walk(Stmt s) {
        s.accept(this);
    }

    /** Walks {@code e}; null (an absent part) is nothing to walk. */
    public void walk(Expr e) {
        if (e != null) {
            e.accept(this);
        }
    }

    protected void walkBody(List<Stmt> body) {
        for (Stmt s : body) {
            walk(s);
        }
    }

    protected void walkAll(List<? extends Expr> es) {
        for (Expr e : es) {
            walk(e);
        }
    }

    /** A parameter of an action, process or property: its domain. */
    protected void visitBinder(Binder b) {
        walk(b.domain());
    }

    /** A parameter of a def or lambda: its default value, if any. */
    protected void visitParam(Param p) {
        walk(p.defaultValue());
    }

    // ---------------------------------------------------------------- declarations

    @Override
    public Void visitConstDecl(ConstDecl d) {
        walk(d.value());
        return null;
    }

    @Override
    public Void visitVarDecl(VarDecl d) {
        walk(d.value());
        return null;
    }

    @Override
    public Void visitInitDecl(InitDecl d) {
        walkBody(d.body());
        return null;
    }

    @Override
    public Void visitDefDecl(DefDecl d) {
        d.params().forEach(this::visitParam);
        walkBody(d.body());
        return null;
    }

    @Override
    public Void visitActionDecl(ActionDecl d) {
        d.params().forEach(this::visitBinder);
        walkBody(d.body());
        return null;
    }

    @Override
    public Void visitProcessDecl(ProcessDecl d) {
        if (d.param() != null) {
            visitBinder(d.param());
        }
        walkBody(d.body());
        return null;
    }

    @Override
    public Void visitInvariantDecl(InvariantDecl d) {
        walkBody(d.body());
        return null;
    }

    @Override
    public Void visitConstraintDecl(ConstraintDecl d) {
        walkBody(d.body());
        return null;
    }

    @Override
    public Void visitPropertyDecl(PropertyDecl d) {
        if (d.param() != null) {
            visitBinder(d.param());
        }
        walk(d.body());
        walk(d.target());
        return null;
    }

    // ---------------------------------------------------------------- statements

    @Override
    public Void visitExprStmt(ExprStmt s) {
        walk(s.expr());
        return null;
    }

    /** The value, then the targets left to right. */
    @Override
    public Void visitAssignStmt(AssignStmt s) {
        walk(s.value());
        walkAll(s.targets());
        return null;
    }

    @Override
    public Void visitAugAssignStmt(AugAssignStmt s) {
        walk(s.target());
        walk(s.value());
        return null;
    }

    @Override
    public Void visitVarStmt(VarStmt s) {
        walk(s.value());
        return null;
    }

    @Override
    public Void visitIfStmt(IfStmt s) {
        walk(s.cond());
        walkBody(s.then());
        walkBody(s.orElse());
        return null;
    }

    @Override
    public Void visitWhileStmt(WhileStmt s) {
        walk(s.cond());
        walkBody(s.body());
        return null;
    }

    /** The iterable, then the target, then the body. */
    @Override
    public Void visitForStmt(ForStmt s) {
        walk(s.iterable());
        walk(s.target());
        walkBody(s.body());
        return null;
    }

    @Override
    public Void visitBreakStmt(BreakStmt s) {
        return null;
    }

    @Override
    public Void visitContinueStmt(ContinueStmt s) {
        return null;
    }

    @Override
    public Void visitPassStmt(PassStmt s) {
        return null;
    }

    @Override
    public Void visitReturnStmt(ReturnStmt s) {
        walk(s.value());
        return null;
    }

    @Override
    public Void visitAssertStmt(AssertStmt s) {
        walk(s.cond());
        walk(s.message());
        return null;
    }

    @Override
    public Void visitAwaitStmt(AwaitStmt s) {
        walk(s.cond());
        return null;
    }

    @Override
    public Void visitEitherStmt(EitherStmt s) {
        s.branches().forEach(this::walkBody);
        return null;
    }

    @Override
    public Void visitLabelStmt(LabelStmt s) {
        return null;
    }

    @Override
    public Void visitGotoStmt(GotoStmt s) {
        return null;
    }

    // ---------------------------------------------------------------- expressions

    @Override
    public Void visitIdentifier(Identifier e) {
        return null;
    }

    @Override
    public Void visitIntLiteral(IntLiteral e) {
        return null;
    }

    @Override
    public Void visitStringLiteral(StringLiteral e) {
        return null;
    }

    @Override
    public Void visitBoolLiteral(BoolLiteral e) {
        return null;
    }

    @Override
    public Void visitNoneLiteral(NoneLiteral e) {
        return null;
    }

    @Override
    public Void visitFStringExpr(FStringExpr e) {
        walkAll(e.parts());
        return null;
    }

    @Override
    public Void visitFormattedValue(FormattedValue e) {
        walk(e.value());
        return null;
    }

    @Override
    public Void visitBinaryExpr(BinaryExpr e) {
        walk(e.left());
        walk(e.right());
        return null;
    }

    @Override
    public Void visitUnaryExpr(UnaryExpr e) {
        walk(e.operand());
        return null;
    }

    @Override
    public Void visitNotExpr(NotExpr e) {
        walk(e.operand());
        return null;
    }

    @Override
    public Void visitBoolOpExpr(BoolOpExpr e) {
        walk(e.left());
        walk(e.right());
        return null;
    }

    @Override
    public Void visitCompareExpr(CompareExpr e) {
        walk(e.first());
        for (Comparison c : e.rest()) {
            walk(c.right());
        }
        return null;
    }

    @Override
    public Void visitCondExpr(CondExpr e) {
        walk(e.cond());
        walk(e.then());
        walk(e.orElse());
        return null;
    }

    /** The default values, then the body. */
    @Override
    public Void visitLambdaExpr(LambdaExpr e) {
        e.params().forEach(this::visitParam);
        walk(e.body());
        return null;
    }

    @Override
    public Void visitCallExpr(CallExpr e) {
        walk(e.callee());
        for (Argument a : e.args()) {
            walk(a.value());
        }
        return null;
    }

    @Override
    public Void visitIndexExpr(IndexExpr e) {
        walk(e.target());
        walk(e.index());
        return null;
    }

    @Override
    public Void visitSliceExpr(SliceExpr e) {
        walk(e.target());
        walk(e.lo());
        walk(e.hi());
        walk(e.step());
        return null;
    }

    @Override
    public Void visitAttrExpr(AttrExpr e) {
        walk(e.target());
        return null;
    }

    @Override
    public Void visitTupleExpr(TupleExpr e) {
        walkAll(e.items());
        return null;
    }

    @Override
    public Void visitListExpr(ListExpr e) {
        walkAll(e.items());
        return null;
    }

    @Override
    public Void visitSetExpr(SetExpr e) {
        walkAll(e.items());
        return null;
    }

    @Override
    public Void visitDictExpr(DictExpr e) {
        for (DictEntry d : e.entries()) {
            walk(d.key());
            walk(d.value());
        }
        return null;
    }

    /** The clauses in order (a {@code for}'s target, then its iterable), then the element and the value. */
    @Override
    public Void visitComprehensionExpr(ComprehensionExpr e) {
        for (CompClause c : e.clauses()) {
            if (c instanceof ForClause f) {
                walk(f.target());
                walk(f.iterable());
            } else {
                walk(((IfClause) c).cond());
            }
        }
        walk(e.element());
        walk(e.value());
        return null;
    }

    @Override
    public Void visitOneOfExpr(OneOfExpr e) {
        walk(e.collection());
        return null;
    }
}
