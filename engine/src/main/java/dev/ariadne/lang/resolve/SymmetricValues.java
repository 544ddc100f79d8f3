package dev.ariadne.lang.resolve;

import dev.ariadne.lang.syntax.CallExpr;
import dev.ariadne.lang.syntax.CompClause;
import dev.ariadne.lang.syntax.ComprehensionExpr;
import dev.ariadne.lang.syntax.CondExpr;
import dev.ariadne.lang.syntax.ConstDecl;
import dev.ariadne.lang.syntax.Decl;
import dev.ariadne.lang.syntax.Expr;
import dev.ariadne.lang.syntax.ForClause;
import dev.ariadne.lang.syntax.Identifier;
import dev.ariadne.lang.syntax.ListExpr;
import dev.ariadne.lang.syntax.ModelFile;
import dev.ariadne.lang.syntax.OneOfExpr;
import dev.ariadne.lang.syntax.SetExpr;
import dev.ariadne.lang.syntax.TreeWalker;
import dev.ariadne.lang.syntax.TupleExpr;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the expressions of a model are known to hold for {@link SymmetryCheck}: symmetric
 * values, sets of them, or sequences numbered by their order. A local slot holds symmetric
 * values when every assignment to it in its function gives one (the least such set of
 * slots); assignments are recorded per function, a declaration or a lambda.
 */
final class SymmetricValues {
    /** What an expression is known to hold. */
    enum Kind {
        /** Nothing known. */
        NONE,
        /** A symmetric value. */
        VALUE,
        /** A collection of symmetric values (iterating it gives them). */
        SET,
        /** A list or tuple whose positions follow the order of symmetric values. */
        NUMBERED
    }

    private final Resolution res;
    private final Set<Integer> symmetricConsts;
    /** Every assignment to a local slot, by the function it belongs to and the slot. */
    private final Map<Slot, List<Def>> defs = new HashMap<>();
    private final Set<Slot> symmetricLocals = new HashSet<>();
    /** The function being walked (a declaration or a lambda): its local slots are its own. */
    private final ArrayDeque<Object> functions = new ArrayDeque<>();

    private record Slot(Object function, int index) {
    }

    /** One assignment: the slot gets a symmetric value when {@code source} is of kind {@code needs}; null source: never. */
    private record Def(Object function, Expr source, Kind needs) {
    }

    SymmetricValues(Resolution res, Set<Integer> symmetricConsts) {
        this.res = res;
        this.symmetricConsts = symmetricConsts;
    }

    /** The constants whose value is {@code symmetric(...)}, or another such constant. */
    static Set<Integer> symmetricConsts(ModelFile file, Resolution res, Map<String, Expr> overrides) {
        Set<Integer> out = new HashSet<>();
        boolean changed = true;
        while (changed) {
            changed = false;
            for (Decl d : file.decls()) {
                if (!(d instanceof ConstDecl c)) {
                    continue;
                }
                int index = res.consts.indexOf(c.name().name());
                Expr v = overrides.getOrDefault(c.name().name(), c.value());
                boolean symmetric = isBuiltinCall(res, v, Builtin.SYMMETRIC)
                        || v instanceof Identifier id && bindingIs(res, id, Binding.Kind.CONST) && out.contains(
                        res.bindingOrNull(id).index());
                if (index >= 0 && symmetric && out.add(index)) {
                    changed = true;
                }
            }
        }
        return out;
    }

    private static boolean bindingIs(Resolution res, Identifier id, Binding.Kind kind) {
        Binding b = res.bindingOrNull(id);
        return b != null && b.kind() == kind;
    }

    private static boolean isBuiltinCall(Resolution res, Expr e, Builtin which) {
        return e instanceof CallExpr call && call.callee() instanceof Identifier id
                && bindingIs(res, id, Binding.Kind.BUILTIN) && res.bindingOrNull(id).index() == which.ordinal();
    }

    /** The builtin {@code callee} names, or null. */
    Builtin builtin(Expr callee) {
        return callee instanceof Identifier id && bindingIs(res, id, Binding.Kind.BUILTIN)
                ? Builtin.of(res.bindingOrNull(id).index()) : null;
    }

    /** Enters a function (a declaration or a lambda): the local slots met until {@link #leave} are its own. */
    void enter(Object function) {
        functions.push(function);
    }

    void leave() {
        functions.pop();
    }

    /** Records an assignment to a target: a name gets {@code source} when it is of kind {@code needs}. */
    void define(Expr target, Expr source, Kind needs) {
        if (target instanceof Identifier id) {
            Binding b = res.bindingOrNull(id);
            if (b != null && b.kind() == Binding.Kind.LOCAL) {
                Object f = functions.peek();
                defs.computeIfAbsent(new Slot(f, b.index()), k -> new ArrayList<>()).add(new Def(f, source, needs));
            }
        } else if (target instanceof TupleExpr t) {
            t.items().forEach(x -> define(x, null, Kind.NONE));
        } else if (target instanceof ListExpr l) {
            l.items().forEach(x -> define(x, null, Kind.NONE));
        }
    }

    /** Marks the slots all of whose assignments give symmetric values, until nothing changes (the least such set). */
    void solve() {
        boolean changed = true;
        while (changed) {
            changed = false;
            for (Map.Entry<Slot, List<Def>> e : defs.entrySet()) {
                if (symmetricLocals.contains(e.getKey())) {
                    continue;
                }
                boolean all = true;
                for (Def d : e.getValue()) {
                    functions.push(d.function());
                    try {
                        all = d.source() != null && kind(d.source()) == d.needs();
                    } finally {
                        functions.pop();
                    }
                    if (!all) {
                        break;
                    }
                }
                if (all) {
                    symmetricLocals.add(e.getKey());
                    changed = true;
                }
            }
        }
    }

    Kind kind(Expr e) {
        if (e instanceof Identifier id) {
            Binding b = res.bindingOrNull(id);
            if (b == null) {
                return Kind.NONE;
            }
            if (b.kind() == Binding.Kind.CONST && symmetricConsts.contains(b.index())) {
                return Kind.SET;
            }
            boolean local = b.kind() == Binding.Kind.LOCAL && symmetricLocals.contains(new Slot(functions.peek(), b.index()));
            return local ? Kind.VALUE : Kind.NONE;
        }
        if (e instanceof OneOfExpr o) {
            return kind(o.collection()) == Kind.SET ? Kind.VALUE : Kind.NONE;
        }
        if (e instanceof CondExpr c) {
            Kind k = kind(c.then());
            return k == kind(c.orElse()) ? k : Kind.NONE;
        }
        if (e instanceof SetExpr s) {
            return !s.items().isEmpty() && s.items().stream().allMatch(x -> kind(x) == Kind.VALUE) ? Kind.SET : Kind.NONE;
        }
        if (e instanceof ComprehensionExpr c) {
            return comprehensionKind(c);
        }
        if (e instanceof CallExpr call && call.callee() instanceof Identifier id && bindingIs(res, id, Binding.Kind.BUILTIN)
                && !call.args().isEmpty() && kind(call.args().get(0).value()) == Kind.SET) {
            return switch (Builtin.of(res.bindingOrNull(id).index())) {
                case CHOOSE -> Kind.VALUE;
                case SET, FROZENSET -> Kind.SET;
                case LIST, TUPLE, SORTED -> Kind.NUMBERED;
                default -> Kind.NONE;
            };
        }
        return Kind.NONE;
    }

    /**
     * A set (or generator) of symmetric values is a set; a list built by iterating a set of
     * them, with elements that depend on the value, is numbered by their order.
     */
    private Kind comprehensionKind(ComprehensionExpr c) {
        Expr element = c.element();
        if (c.kind() != ComprehensionExpr.Kind.LIST) {
            boolean set = c.kind() != ComprehensionExpr.Kind.DICT && kind(element) == Kind.VALUE;
            return set ? Kind.SET : Kind.NONE;
        }
        for (CompClause clause : c.clauses()) {
            if (clause instanceof ForClause f && f.target() instanceof Identifier target && kind(f.iterable()) == Kind.SET
                    && mentions(element, res.bindingOrNull(target))) {
                return Kind.NUMBERED;
            }
        }
        return Kind.NONE;
    }

    /** Whether {@code e} reads the local {@code b}. */
    private boolean mentions(Expr e, Binding b) {
        if (b == null) {
            return false;
        }
        boolean[] found = {false};
        new TreeWalker() {
            @Override
            public Void visitIdentifier(Identifier id) {
                found[0] |= b.equals(res.bindingOrNull(id));
                return null;
            }
        }.walk(e);
        return found[0];
    }
}
