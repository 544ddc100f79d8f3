package dev.ariadne.lang.compile;

import dev.ariadne.lang.syntax.BoolLiteral;
import dev.ariadne.lang.syntax.Expr;
import dev.ariadne.lang.syntax.IntLiteral;
import dev.ariadne.lang.syntax.NoneLiteral;
import dev.ariadne.lang.syntax.StringLiteral;
import dev.ariadne.lang.syntax.TupleExpr;
import dev.ariadne.value.BoolV;
import dev.ariadne.value.IntV;
import dev.ariadne.value.NoneV;
import dev.ariadne.value.StrV;
import dev.ariadne.value.TupleV;
import dev.ariadne.value.Value;

/**
 * The compile-time value of an expression made only of literals and tuples of them,
 * such as {@code ("Commit",)} or {@code ("init", "done")}: immutable, so one shared
 * literal can stand for every evaluation (tuples have no identity: {@code is} on them
 * is equality).
 */
final class ConstantFolder {
    private ConstantFolder() {
    }

    /** The value of {@code e} if it is such an expression, else null. */
    static Value fold(Expr e) {
        if (e instanceof IntLiteral i) {
            return IntV.of(i.value());
        }
        if (e instanceof StringLiteral s) {
            return new StrV(s.value());
        }
        if (e instanceof BoolLiteral b) {
            return BoolV.of(b.value());
        }
        if (e instanceof NoneLiteral) {
            return NoneV.NONE;
        }
        if (e instanceof TupleExpr t) {
            Value[] items = new Value[t.items().size()];
            for (int k = 0; k < items.length; k++) {
                items[k] = fold(t.items().get(k));
                if (items[k] == null) {
                    return null;
                }
            }
            return TupleV.wrap(items);
        }
        return null;
    }
}
