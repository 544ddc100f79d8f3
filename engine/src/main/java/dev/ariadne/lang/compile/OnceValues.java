package dev.ariadne.lang.compile;

import dev.ariadne.lang.resolve.Builtin;
import dev.ariadne.lang.resolve.Binding;
import dev.ariadne.lang.resolve.Resolution;
import dev.ariadne.lang.syntax.Argument;
import dev.ariadne.lang.syntax.AttrExpr;
import dev.ariadne.lang.syntax.CallExpr;
import dev.ariadne.lang.syntax.Expr;
import dev.ariadne.lang.syntax.Identifier;

import java.util.EnumSet;
import java.util.Set;

/**
 * Which operands of a comparison are computed once per machine instead of once per
 * evaluation: calls of pure builtins on constants and literals, like the
 * {@code set(range(RM_COUNT))} that two-phase commit compares against in every state.
 * Constants are frozen, so such a value is the same every time; a comparison only reads
 * its operands, so the one value can serve every state without being shared by any.
 *
 * <p>The code is {@code ONCE<k, end> <the expression> STORE_ONCE<k> end:}. The first
 * evaluation runs the expression where it stands, so its errors are those of the plain
 * code; later ones take the value the machine kept.
 */
final class OnceValues {
    private static final Set<Builtin> PURE = EnumSet.of(Builtin.LEN, Builtin.RANGE, Builtin.MIN, Builtin.MAX,
            Builtin.SUM, Builtin.ABS, Builtin.SORTED, Builtin.LIST, Builtin.TUPLE, Builtin.SET, Builtin.FROZENSET,
            Builtin.SUBSETS);

    private OnceValues() {
    }

    /** Whether {@code e}, an operand of a comparison other than {@code is}, is worth computing once. */
    static boolean worthKeeping(Expr e, Resolution res) {
        return e instanceof CallExpr && new Constant(res).test(e);
    }

    /** Literals, constants, operators, and calls of pure builtins with positional arguments. */
    private static final class Constant extends StraightExpr {
        private final Resolution res;

        Constant(Resolution res) {
            this.res = res;
        }

        @Override
        public Void visitIdentifier(Identifier e) {
            return res.binding(e).kind() == Binding.Kind.CONST ? null : fail();
        }

        @Override
        public Void visitCallExpr(CallExpr e) {
            if (!(e.callee() instanceof Identifier id)) {
                return fail();
            }
            Binding b = res.binding(id);
            if (b.kind() != Binding.Kind.BUILTIN || !PURE.contains(Builtin.of(b.index()))) {
                return fail();
            }
            for (Argument a : e.args()) {
                if (a.name() != null) {
                    return fail();
                }
                walk(a.value());
            }
            return null;
        }

        @Override
        public Void visitAttrExpr(AttrExpr e) {
            return fail();
        }
    }
}
