package dev.ariadne.lang.compile;

import dev.ariadne.lang.resolve.Builtin;
import dev.ariadne.lang.resolve.Binding;
import dev.ariadne.lang.resolve.Resolution;
import dev.ariadne.lang.syntax.ActionDecl;
import dev.ariadne.lang.syntax.Argument;
import dev.ariadne.lang.syntax.AttrExpr;
import dev.ariadne.lang.syntax.AwaitStmt;
import dev.ariadne.lang.syntax.Binder;
import dev.ariadne.lang.syntax.CallExpr;
import dev.ariadne.lang.syntax.Identifier;
import dev.ariadne.lang.syntax.Stmt;

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
            if (!new Independent(res, true).test(p.domain())) {
                return 0;
            }
        }
        List<Stmt> body = a.body();
        int n = 0;
        while (n < body.size() && body.get(n) instanceof AwaitStmt w && new Independent(res, false).test(w.cond())) {
            n++;
        }
        return n;
    }

    /**
     * Whether an expression reads no local slot (so no parameter) and cannot fork; with
     * {@code repeatable}, also that evaluating it twice is the same as once.
     */
    private static final class Independent extends StraightExpr {
        private final Resolution res;
        private final boolean repeatable;

        Independent(Resolution res, boolean repeatable) {
            this.res = res;
            this.repeatable = repeatable;
        }

        @Override
        public Void visitIdentifier(Identifier e) {
            boolean independent = switch (res.binding(e).kind()) {
                case GLOBAL, CONST, BUILTIN, PROCESS -> true;
                case DEF -> !repeatable; // a function value passed to key= runs without forks
                case LOCAL, CAPTURED -> false;
            };
            return independent ? null : fail();
        }

        @Override
        public Void visitCallExpr(CallExpr e) {
            if (e.callee() instanceof Identifier id) {
                Binding b = res.binding(id);
                if (b.kind() != Binding.Kind.BUILTIN || b.index() == Builtin.PRINT.ordinal()) {
                    return fail(); // a def may fork or change the state
                }
            } else if (repeatable || !(e.callee() instanceof AttrExpr attr)) {
                return fail(); // methods may change what they are called on
            } else {
                walk(attr.target());
            }
            for (Argument a : e.args()) {
                if (repeatable && a.name() != null) {
                    return fail();
                }
                walk(a.value());
            }
            return null;
        }
    }
}
