package dev.ariadne.lang.compile;

import dev.ariadne.lang.resolve.CodeKind;
import dev.ariadne.lang.resolve.FunctionScope;
import dev.ariadne.lang.resolve.Resolution;
import dev.ariadne.lang.syntax.Decl;
import dev.ariadne.lang.syntax.DefDecl;
import dev.ariadne.lang.syntax.EveryNode;
import dev.ariadne.lang.syntax.Expr;
import dev.ariadne.lang.syntax.LambdaExpr;
import dev.ariadne.lang.syntax.OneOfExpr;
import dev.ariadne.lang.syntax.ReturnStmt;

import java.util.List;

/**
 * Which {@code def}s are expanded where they are called instead of getting a frame of
 * their own: those whose body is a single {@code return} of an expression that makes no
 * lambda and cannot fork. Invariants call such helpers for every state (filter-5's
 * {@code passed(p, L)} twenty times a state), and a call costs more than the expression.
 *
 * <p>An expanded call evaluates its arguments left to right into fresh slots of the
 * caller, then the returned expression with the def's locals renamed to caller slots:
 * the same values, errors and effects as the call. Only what the call would have added
 * to an error's traceback has to be kept, which {@link Code.Inlined} regions do.
 */
final class Inlining {
    private Inlining() {
    }

    /** The defs to expand, by def number; null for a def that is called as usual. */
    static DefDecl[] expandable(List<Decl> decls, Resolution res) {
        DefDecl[] defs = new DefDecl[res.defs.size()];
        for (Decl d : decls) {
            if (d instanceof DefDecl def && returned(def) != null && new Expandable().test(returned(def))) {
                defs[res.defs.indexOf(def.name().name())] = def;
            }
        }
        return defs;
    }

    /** The expression a def's body is the return of, or null if its body is anything else. */
    static Expr returned(DefDecl def) {
        return def.body().size() == 1 && def.body().get(0) instanceof ReturnStmt r ? r.value() : null;
    }

    /**
     * Expansions nest at most this deep, and a body stops expanding once its code is this
     * long: a def that calls another twice, which calls another twice, ... would otherwise
     * grow its callers exponentially.
     */
    static final int MAX_DEPTH = 4;
    static final int MAX_CODE = 1 << 14;

    /** Whether calls in a body of this kind are expanded. A constant's initialiser runs once, in load order, and keeps its calls. */
    static boolean expandsIn(CodeKind kind) {
        return switch (kind) {
            case ACTION, PROCESS, DEF, INVARIANT, CONSTRAINT -> true;
            case INIT, LAMBDA, CONST, PROPERTY -> false;
        };
    }

    /** No lambda (it would capture the def's locals) and no {@code oneof} (it forks). */
    private static final class Expandable extends EveryNode {
        @Override
        public Void visitLambdaExpr(LambdaExpr e) {
            return fail();
        }

        @Override
        public Void visitOneOfExpr(OneOfExpr e) {
            return fail();
        }
    }

    /**
     * One expansion in progress: where the def's local slots live in the caller, made on
     * first use. {@code outer} is the expansion this one is inside, or null.
     */
    static final class Expansion {
        final int def;
        final Expansion outer;
        private final int[] slots;
        private final String[] names;

        Expansion(int def, FunctionScope scope, Expansion outer) {
            this.def = def;
            this.outer = outer;
            this.names = scope.slotNames();
            this.slots = new int[names.length];
            java.util.Arrays.fill(slots, -1);
        }

        /** Makes the def's slot {@code s} the caller's slot {@code callerSlot} (a procedure's self is its caller's). */
        void bind(int s, int callerSlot) {
            slots[s] = callerSlot;
        }

        /** The caller slot of the def's slot {@code s}, made in {@code caller} the first time. */
        int slot(int s, FunctionScope caller) {
            if (slots[s] < 0) {
                slots[s] = caller.newTemp(names[s]);
            }
            return slots[s];
        }

        /**
         * Whether a call of def {@code d} met inside this expansion must stay a call: it is
         * recursive (d is being expanded here or around here), or expansions are already
         * nested {@link #MAX_DEPTH} deep.
         */
        boolean keepsCallTo(int d) {
            int depth = 0;
            for (Expansion x = this; x != null; x = x.outer) {
                if (x.def == d || ++depth >= MAX_DEPTH) {
                    return true;
                }
            }
            return false;
        }
    }
}
