package dev.ariadne.lang.syntax;

import java.util.Arrays;
import java.util.List;

/**
 * A test that holds of an expression when it holds at every node of it: subclasses
 * override the nodes they judge, and every other node passes the question on to its
 * children (a leaf holds).
 */
public abstract class EveryNode implements ExprVisitor<Boolean> {
    /** Whether the test holds at every node of {@code e}. */
    public boolean test(Expr e) {
        return e.accept(this);
    }

    /** The same of each of {@code es}; null entries (absent parts) hold. */
    protected boolean all(List<? extends Expr> es) {
        for (Expr e : es) {
            if (e != null && !e.accept(this)) {
                return false;
            }
        }
        return true;
    }

    private boolean all(Expr... es) {
        return all(Arrays.asList(es));
    }

    @Override
    public Boolean visitIdentifier(Identifier e) {
        return true;
    }

    @Override
    public Boolean visitIntLiteral(IntLiteral e) {
        return true;
    }

    @Override
    public Boolean visitStringLiteral(StringLiteral e) {
        return true;
    }

    @Override
    public Boolean visitBoolLiteral(BoolLiteral e) {
        return true;
    }

    @Override
    public Boolean visitNoneLiteral(NoneLiteral e) {
        return true;
    }

    @Override
    public Boolean visitFStringExpr(FStringExpr e) {
        return all(e.parts());
    }

    @Override
    public Boolean visitFormattedValue(FormattedValue e) {
        return e.value().accept(this);
    }

    @Override
    public Boolean visitBinaryExpr(BinaryExpr e) {
        return all(e.left(), e.right());
    }

    @Override
    public Boolean visitUnaryExpr(UnaryExpr e) {
        return e.operand().accept(this);
    }

    @Override
    public Boolean visitNotExpr(NotExpr e) {
        return e.operand().accept(this);
    }

    @Override
    public Boolean visitBoolOpExpr(BoolOpExpr e) {
        return all(e.left(), e.right());
    }

    @Override
    public Boolean visitCompareExpr(CompareExpr e) {
        return e.first().accept(this) && all(e.rest().stream().map(Comparison::right).toList());
    }

    @Override
    public Boolean visitCondExpr(CondExpr e) {
        return all(e.cond(), e.then(), e.orElse());
    }

    @Override
    public Boolean visitLambdaExpr(LambdaExpr e) {
        return all(e.params().stream().map(Param::defaultValue).toList()) && e.body().accept(this);
    }

    @Override
    public Boolean visitCallExpr(CallExpr e) {
        return e.callee().accept(this) && all(e.args().stream().map(Argument::value).toList());
    }

    @Override
    public Boolean visitIndexExpr(IndexExpr e) {
        return all(e.target(), e.index());
    }

    @Override
    public Boolean visitSliceExpr(SliceExpr e) {
        return all(e.target(), e.lo(), e.hi(), e.step());
    }

    @Override
    public Boolean visitAttrExpr(AttrExpr e) {
        return e.target().accept(this);
    }

    @Override
    public Boolean visitTupleExpr(TupleExpr e) {
        return all(e.items());
    }

    @Override
    public Boolean visitListExpr(ListExpr e) {
        return all(e.items());
    }

    @Override
    public Boolean visitSetExpr(SetExpr e) {
        return all(e.items());
    }

    @Override
    public Boolean visitDictExpr(DictExpr e) {
        for (DictEntry d : e.entries()) {
            if (!all(d.key(), d.value())) {
                return false;
            }
        }
        return true;
    }

    @Override
    public Boolean visitComprehensionExpr(ComprehensionExpr e) {
        for (CompClause c : e.clauses()) {
            boolean holds = c instanceof ForClause f ? all(f.target(), f.iterable()) : ((IfClause) c).cond().accept(this);
            if (!holds) {
                return false;
            }
        }
        return all(e.element(), e.value());
    }

    @Override
    public Boolean visitOneOfExpr(OneOfExpr e) {
        return e.collection().accept(this);
    }
}
