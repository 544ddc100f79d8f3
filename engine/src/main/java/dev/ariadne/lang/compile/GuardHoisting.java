package dev.ariadne.lang.compile;

import dev.ariadne.lang.resolve.Binding;
import dev.ariadne.lang.resolve.Resolution;
import dev.ariadne.lang.syntax.ActionDecl;
import dev.ariadne.lang.syntax.Argument;
import dev.ariadne.lang.syntax.AttrExpr;
import dev.ariadne.lang.syntax.AwaitStmt;
import dev.ariadne.lang.syntax.BinaryExpr;
import dev.ariadne.lang.syntax.Binder;
import dev.ariadne.lang.syntax.BoolLiteral;
import dev.ariadne.lang.syntax.BoolOpExpr;
import dev.ariadne.lang.syntax.CallExpr;
import dev.ariadne.lang.syntax.CompareExpr;
import dev.ariadne.lang.syntax.Comparison;
import dev.ariadne.lang.syntax.ComprehensionExpr;
import dev.ariadne.lang.syntax.CondExpr;
import dev.ariadne.lang.syntax.DictEntry;
import dev.ariadne.lang.syntax.DictExpr;
import dev.ariadne.lang.syntax.Expr;
import dev.ariadne.lang.syntax.ExprVisitor;
import dev.ariadne.lang.syntax.FStringExpr;
import dev.ariadne.lang.syntax.FormattedValue;
import dev.ariadne.lang.syntax.Identifier;
import dev.ariadne.lang.syntax.IndexExpr;
import dev.ariadne.lang.syntax.IntLiteral;
import dev.ariadne.lang.syntax.LambdaExpr;
import dev.ariadne.lang.syntax.ListExpr;
import dev.ariadne.lang.syntax.NoneLiteral;
import dev.ariadne.lang.syntax.NotExpr;
import dev.ariadne.lang.syntax.OneOfExpr;
import dev.ariadne.lang.syntax.SetExpr;
import dev.ariadne.lang.syntax.SliceExpr;
import dev.ariadne.lang.syntax.Stmt;
import dev.ariadne.lang.syntax.StringLiteral;
import dev.ariadne.lang.syntax.TupleExpr;
import dev.ariadne.lang.syntax.UnaryExpr;

import java.util.List;

/**
 * Which leading {@code await}s of an action can be tested once, before the choice of its
 * parameters, instead of once per parameter value: those that read no parameter, when
 * every parameter's domain can be checked for emptiness first. The action then runs
 *
 * <pre>
 *   check each domain in order (CHECK_DOMAIN: empty disables, bad is an error)
 *   the hoisted awaits
 *   choose each parameter (ONEOF), then the rest of the body
 * </pre>
 *
 * <p>That order raises the same errors and disables the same branches as the plain one,
 * and yields the same successors in the same order: the domains are evaluated again for
 * the choice, so they must be free of effects (no parameter, no call but pure builtins),
 * and an await that might fork or print is not moved.
 */
final class GuardHoisting {
    private GuardHoisting() {
    }

    /** How many of the body's first statements are awaits to test before the parameters are chosen (0: none). */
    static int hoistable(ActionDecl a, Resolution res) {
        if (a.params().isEmpty()) {
            return 0;
        }
        for (Binder p : a.params()) {
            if (!p.domain().accept(new Independent(res, true))) {
                return 0;
            }
        }
        List<Stmt> body = a.body();
        int n = 0;
        while (n < body.size() && body.get(n) instanceof AwaitStmt w && w.cond().accept(new Independent(res, false))) {
            n++;
        }
        return n;
    }

    /**
     * Whether an expression reads no local slot (so no parameter) and cannot fork; with
     * {@code repeatable}, also that evaluating it twice is the same as once.
     */
    private record Independent(Resolution res, boolean repeatable) implements ExprVisitor<Boolean> {
        private boolean all(List<? extends Expr> es) {
            for (Expr e : es) {
                if (!e.accept(this)) {
                    return false;
                }
            }
            return true;
        }

        @Override
        public Boolean visitIdentifier(Identifier e) {
            return switch (res.binding(e).kind()) {
                case GLOBAL, CONST, BUILTIN -> true;
                case DEF -> !repeatable; // a function value passed to key= runs without forks
                case LOCAL, CAPTURED -> false;
            };
        }

        @Override
        public Boolean visitCallExpr(CallExpr e) {
            if (e.callee() instanceof Identifier id) {
                Binding b = res.binding(id);
                if (b.kind() != Binding.Kind.BUILTIN || b.index() == Builtin.PRINT.ordinal()) {
                    return false; // a def may fork or change the state
                }
            } else if (repeatable || !(e.callee() instanceof AttrExpr attr && attr.target().accept(this))) {
                return false; // methods may change what they are called on
            }
            for (Argument a : e.args()) {
                if ((repeatable && a.name() != null) || !a.value().accept(this)) {
                    return false;
                }
            }
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
            return e.left().accept(this) && e.right().accept(this);
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
            return e.left().accept(this) && e.right().accept(this);
        }

        @Override
        public Boolean visitCompareExpr(CompareExpr e) {
            if (!e.first().accept(this)) {
                return false;
            }
            for (Comparison c : e.rest()) {
                if (!c.right().accept(this)) {
                    return false;
                }
            }
            return true;
        }

        @Override
        public Boolean visitCondExpr(CondExpr e) {
            return e.cond().accept(this) && e.then().accept(this) && e.orElse().accept(this);
        }

        @Override
        public Boolean visitIndexExpr(IndexExpr e) {
            return e.target().accept(this) && e.index().accept(this);
        }

        @Override
        public Boolean visitSliceExpr(SliceExpr e) {
            for (Expr part : new Expr[] {e.target(), e.lo(), e.hi(), e.step()}) {
                if (part != null && !part.accept(this)) {
                    return false;
                }
            }
            return true;
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
                if (!d.key().accept(this) || !d.value().accept(this)) {
                    return false;
                }
            }
            return true;
        }

        // Their variables are local slots of the action, and oneof forks: never moved.
        @Override
        public Boolean visitLambdaExpr(LambdaExpr e) {
            return false;
        }

        @Override
        public Boolean visitComprehensionExpr(ComprehensionExpr e) {
            return false;
        }

        @Override
        public Boolean visitOneOfExpr(OneOfExpr e) {
            return false;
        }
    }
}
