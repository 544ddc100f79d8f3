package dev.ariadne.lang.resolve;

import dev.ariadne.lang.syntax.ActionDecl;
import dev.ariadne.lang.syntax.Argument;
import dev.ariadne.lang.syntax.AssertStmt;
import dev.ariadne.lang.syntax.AssignStmt;
import dev.ariadne.lang.syntax.AugAssignStmt;
import dev.ariadne.lang.syntax.AwaitStmt;
import dev.ariadne.lang.syntax.Binder;
import dev.ariadne.lang.syntax.BreakStmt;
import dev.ariadne.lang.syntax.CallExpr;
import dev.ariadne.lang.syntax.CompClause;
import dev.ariadne.lang.syntax.CompareExpr;
import dev.ariadne.lang.syntax.CompareOp;
import dev.ariadne.lang.syntax.ComprehensionExpr;
import dev.ariadne.lang.syntax.CondExpr;
import dev.ariadne.lang.syntax.ConstDecl;
import dev.ariadne.lang.syntax.ConstraintDecl;
import dev.ariadne.lang.syntax.ContinueStmt;
import dev.ariadne.lang.syntax.Decl;
import dev.ariadne.lang.syntax.DefDecl;
import dev.ariadne.lang.syntax.Diagnostic;
import dev.ariadne.lang.syntax.EitherStmt;
import dev.ariadne.lang.syntax.EveryNode;
import dev.ariadne.lang.syntax.Expr;
import dev.ariadne.lang.syntax.ExprStmt;
import dev.ariadne.lang.syntax.ForClause;
import dev.ariadne.lang.syntax.ForStmt;
import dev.ariadne.lang.syntax.GotoStmt;
import dev.ariadne.lang.syntax.Identifier;
import dev.ariadne.lang.syntax.IfStmt;
import dev.ariadne.lang.syntax.IndexExpr;
import dev.ariadne.lang.syntax.InitDecl;
import dev.ariadne.lang.syntax.InvariantDecl;
import dev.ariadne.lang.syntax.LabelStmt;
import dev.ariadne.lang.syntax.LambdaExpr;
import dev.ariadne.lang.syntax.ModelFile;
import dev.ariadne.lang.syntax.OneOfExpr;
import dev.ariadne.lang.syntax.Param;
import dev.ariadne.lang.syntax.PassStmt;
import dev.ariadne.lang.syntax.ProcessDecl;
import dev.ariadne.lang.syntax.PropertyDecl;
import dev.ariadne.lang.syntax.ReturnStmt;
import dev.ariadne.lang.syntax.SetExpr;
import dev.ariadne.lang.syntax.SliceExpr;
import dev.ariadne.lang.syntax.Stmt;
import dev.ariadne.lang.syntax.StmtVisitor;
import dev.ariadne.lang.syntax.VarDecl;
import dev.ariadne.lang.syntax.VarStmt;
import dev.ariadne.lang.syntax.WhileStmt;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The static part of the symmetry rules (docs/language.md, S2): expressions that would
 * order or number the values of a {@code symmetric(...)} constant, found before the model
 * runs where that is certain. A flow-insensitive analysis: a local name holds a symmetric
 * value when every assignment to it in its function gives one (a loop or a parameter over
 * the set, {@code oneof} of it, another such name); a comparison, {@code min}, {@code max},
 * {@code sorted}, {@code list}, {@code tuple} or {@code enumerate} of such values, or an
 * index into a list built by iterating the set, is an error at that expression. What it
 * cannot see (values kept in state variables, passed to a def) is refused at run time.
 */
public final class SymmetryCheck {
    /** What an expression is known to hold. */
    private enum Kind {
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
    private final List<Diagnostic> errors = new ArrayList<>();
    /** The function being walked (a declaration or a lambda): its local slots are its own. */
    private final ArrayDeque<Object> functions = new ArrayDeque<>();
    private boolean checking;

    private record Slot(Object function, int index) {
    }

    /** One assignment: the slot gets a symmetric value when {@code source} is of kind {@code needs}; null source: never. */
    private record Def(Object function, Expr source, Kind needs) {
    }

    private SymmetryCheck(Resolution res, Set<Integer> symmetricConsts) {
        this.res = res;
        this.symmetricConsts = symmetricConsts;
    }

    /** The errors of a resolved model; {@code overrides} are the {@code --const} expressions by name. */
    public static List<Diagnostic> check(ModelFile file, Resolution res, Map<String, Expr> overrides) {
        Set<Integer> consts = symmetricConsts(file, res, overrides);
        if (consts.isEmpty()) {
            return List.of();
        }
        SymmetryCheck c = new SymmetryCheck(res, consts);
        c.walk(file);
        c.solve();
        c.checking = true;
        c.walk(file);
        return c.errors;
    }

    /** The constants whose value is {@code symmetric(...)}, or another such constant. */
    private static Set<Integer> symmetricConsts(ModelFile file, Resolution res, Map<String, Expr> overrides) {
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

    /** Marks the slots all of whose assignments give symmetric values, until nothing changes (the least such set). */
    private void solve() {
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

    // ---------------------------------------------------------------- what expressions hold

    private Kind kind(Expr e) {
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
        e.accept(new EveryNode() {
            @Override
            public Boolean visitIdentifier(Identifier id) {
                found[0] |= b.equals(res.bindingOrNull(id));
                return true;
            }
        });
        return found[0];
    }

    // ---------------------------------------------------------------- the walk

    private void walk(ModelFile file) {
        for (Decl d : file.decls()) {
            functions.push(d);
            try {
                walkDecl(d);
            } finally {
                functions.pop();
            }
        }
    }

    private void walkDecl(Decl d) {
        if (d instanceof ConstDecl c) {
            expr(c.value());
        } else if (d instanceof VarDecl v) {
            expr(v.value());
        } else if (d instanceof InitDecl i) {
            body(i.body());
        } else if (d instanceof DefDecl def) {
            for (Param p : def.params()) {
                expr(p.defaultValue());
                assign(p.name(), null, Kind.NONE);
            }
            body(def.body());
        } else if (d instanceof ActionDecl a) {
            a.params().forEach(this::binder);
            body(a.body());
        } else if (d instanceof ProcessDecl p) {
            binder(p.param());
            body(p.body());
        } else if (d instanceof InvariantDecl i) {
            body(i.body());
        } else if (d instanceof ConstraintDecl c) {
            body(c.body());
        } else if (d instanceof PropertyDecl p) {
            binder(p.param());
            expr(p.body());
            expr(p.target());
        }
    }

    /** A parameter ranging over a domain: a symmetric value when the domain is the set. */
    private void binder(Binder b) {
        if (b != null) {
            expr(b.domain());
            assign(b.name(), b.domain(), Kind.SET);
        }
    }

    /** Records an assignment to a target: a name gets {@code source} when it is of kind {@code needs}. */
    private void assign(Expr target, Expr source, Kind needs) {
        if (checking || target == null) {
            return;
        }
        if (target instanceof Identifier id) {
            Binding b = res.bindingOrNull(id);
            if (b != null && b.kind() == Binding.Kind.LOCAL) {
                Object f = functions.peek();
                defs.computeIfAbsent(new Slot(f, b.index()), k -> new ArrayList<>()).add(new Def(f, source, needs));
            }
        } else if (target instanceof dev.ariadne.lang.syntax.TupleExpr t) {
            t.items().forEach(x -> assign(x, null, Kind.NONE));
        } else if (target instanceof dev.ariadne.lang.syntax.ListExpr l) {
            l.items().forEach(x -> assign(x, null, Kind.NONE));
        }
    }

    private void body(List<Stmt> stmts) {
        for (Stmt s : stmts) {
            s.accept(statements);
        }
    }

    private void expr(Expr e) {
        if (e != null) {
            e.accept(expressions);
        }
    }

    private void error(int offset, String message) {
        if (checking) {
            errors.add(new Diagnostic(offset, message));
        }
    }

    private final StmtVisitor<Void> statements = new StmtVisitor<>() {
        @Override
        public Void visitExprStmt(ExprStmt s) {
            expr(s.expr());
            return null;
        }

        @Override
        public Void visitAssignStmt(AssignStmt s) {
            expr(s.value());
            for (Expr t : s.targets()) {
                expr(t);
                assign(t, s.value(), Kind.VALUE);
            }
            return null;
        }

        @Override
        public Void visitAugAssignStmt(AugAssignStmt s) {
            expr(s.target());
            expr(s.value());
            assign(s.target(), null, Kind.NONE);
            return null;
        }

        @Override
        public Void visitVarStmt(VarStmt s) {
            expr(s.value());
            assign(s.name(), s.value(), Kind.VALUE);
            return null;
        }

        @Override
        public Void visitIfStmt(IfStmt s) {
            expr(s.cond());
            body(s.then());
            body(s.orElse());
            return null;
        }

        @Override
        public Void visitWhileStmt(WhileStmt s) {
            expr(s.cond());
            body(s.body());
            return null;
        }

        @Override
        public Void visitForStmt(ForStmt s) {
            expr(s.iterable());
            assign(s.target(), s.iterable(), Kind.SET);
            body(s.body());
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
            expr(s.value());
            return null;
        }

        @Override
        public Void visitAssertStmt(AssertStmt s) {
            expr(s.cond());
            expr(s.message());
            return null;
        }

        @Override
        public Void visitAwaitStmt(AwaitStmt s) {
            expr(s.cond());
            return null;
        }

        @Override
        public Void visitEitherStmt(EitherStmt s) {
            s.branches().forEach(SymmetryCheck.this::body);
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
    };

    /** Visits every expression, checking the ones that could order symmetric values. */
    private final EveryNode expressions = new EveryNode() {
        @Override
        public Boolean visitCompareExpr(CompareExpr e) {
            Expr left = e.first();
            for (var c : e.rest()) {
                CompareOp op = c.op();
                boolean ordering = op == CompareOp.LT || op == CompareOp.LE || op == CompareOp.GT || op == CompareOp.GE;
                if (ordering && (kind(left) == Kind.VALUE || kind(c.right()) == Kind.VALUE)) {
                    error(c.offset(), "symmetric values have no order: '" + op.symbol() + "' would tell them apart"
                            + " (the model would not be symmetric)");
                }
                left = c.right();
            }
            return super.visitCompareExpr(e);
        }

        @Override
        public Boolean visitCallExpr(CallExpr e) {
            if (checking) {
                checkCall(e);
            }
            return super.visitCallExpr(e);
        }

        @Override
        public Boolean visitIndexExpr(IndexExpr e) {
            if (checking && kind(e.target()) == Kind.NUMBERED) {
                error(e.offset(), "indexing a sequence made from symmetric values picks one by their order,"
                        + " which they do not have (the model would not be symmetric)");
            }
            return super.visitIndexExpr(e);
        }

        @Override
        public Boolean visitSliceExpr(SliceExpr e) {
            if (checking && kind(e.target()) == Kind.NUMBERED) {
                error(e.offset(), "slicing a sequence made from symmetric values picks them by their order,"
                        + " which they do not have (the model would not be symmetric)");
            }
            return super.visitSliceExpr(e);
        }

        @Override
        public Boolean visitComprehensionExpr(ComprehensionExpr e) {
            for (CompClause c : e.clauses()) {
                if (c instanceof ForClause f) {
                    assign(f.target(), f.iterable(), Kind.SET);
                }
            }
            return super.visitComprehensionExpr(e);
        }

        @Override
        public Boolean visitLambdaExpr(LambdaExpr e) {
            for (Param p : e.params()) {
                expr(p.defaultValue());
            }
            functions.push(e);
            try {
                for (Param p : e.params()) {
                    assign(p.name(), null, Kind.NONE);
                }
                expr(e.body());
            } finally {
                functions.pop();
            }
            return true;
        }
    };

    /** {@code min}, {@code max}, {@code sorted}, {@code list}, {@code tuple} and {@code enumerate} of symmetric values. */
    private void checkCall(CallExpr e) {
        if (!(e.callee() instanceof Identifier id) || !bindingIs(res, id, Binding.Kind.BUILTIN)) {
            return;
        }
        Builtin b = Builtin.of(res.bindingOrNull(id).index());
        List<Expr> positional = new ArrayList<>();
        boolean keyed = false;
        for (Argument a : e.args()) {
            if (a.name() == null) {
                positional.add(a.value());
            } else {
                keyed |= a.name().equals("key");
            }
        }
        boolean oneSet = positional.size() == 1 && kind(positional.get(0)) == Kind.SET;
        boolean values = positional.size() > 1 && positional.stream().anyMatch(x -> kind(x) == Kind.VALUE);
        String name = b.name().toLowerCase(java.util.Locale.ROOT);
        switch (b) {
            case MIN, MAX, SORTED -> {
                if (!keyed && (oneSet || values)) {
                    error(e.offset(), "symmetric values have no order: " + name + "() would tell them apart"
                            + " (the model would not be symmetric)");
                }
            }
            case LIST, TUPLE, ENUMERATE -> {
                if (oneSet) {
                    error(e.offset(), name + "() of symmetric values would give them an order, which they do not"
                            + " have (the model would not be symmetric)");
                }
            }
            default -> {
            }
        }
    }
}
