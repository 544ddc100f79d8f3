package dev.ariadne.lang.resolve;

import dev.ariadne.lang.resolve.SymmetricValues.Kind;
import dev.ariadne.lang.syntax.Argument;
import dev.ariadne.lang.syntax.AssignStmt;
import dev.ariadne.lang.syntax.AugAssignStmt;
import dev.ariadne.lang.syntax.Binder;
import dev.ariadne.lang.syntax.CallExpr;
import dev.ariadne.lang.syntax.CompClause;
import dev.ariadne.lang.syntax.CompareExpr;
import dev.ariadne.lang.syntax.CompareOp;
import dev.ariadne.lang.syntax.ComprehensionExpr;
import dev.ariadne.lang.syntax.Decl;
import dev.ariadne.lang.syntax.DefDecl;
import dev.ariadne.lang.syntax.Diagnostic;
import dev.ariadne.lang.syntax.Expr;
import dev.ariadne.lang.syntax.ForClause;
import dev.ariadne.lang.syntax.ForStmt;
import dev.ariadne.lang.syntax.IndexExpr;
import dev.ariadne.lang.syntax.LambdaExpr;
import dev.ariadne.lang.syntax.ModelFile;
import dev.ariadne.lang.syntax.Param;
import dev.ariadne.lang.syntax.SliceExpr;
import dev.ariadne.lang.syntax.TreeWalker;
import dev.ariadne.lang.syntax.VarStmt;

import java.util.ArrayList;
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
public final class SymmetryCheck extends TreeWalker {
    private final SymmetricValues kinds;
    private final List<Diagnostic> errors = new ArrayList<>();
    private boolean checking;

    private SymmetryCheck(SymmetricValues kinds) {
        this.kinds = kinds;
    }

    /** The errors of a resolved model; {@code overrides} are the {@code --const} expressions by name. */
    public static List<Diagnostic> check(ModelFile file, Resolution res, Map<String, Expr> overrides) {
        Set<Integer> consts = SymmetricValues.symmetricConsts(file, res, overrides);
        if (consts.isEmpty()) {
            return List.of();
        }
        SymmetryCheck c = new SymmetryCheck(new SymmetricValues(res, consts));
        c.walk(file);
        c.kinds.solve();
        c.checking = true;
        c.walk(file);
        return c.errors;
    }

    // ---------------------------------------------------------------- the walk

    /** Walks a declaration as a function of its own: its local slots are its own. */
    @Override
    public void walk(Decl d) {
        kinds.enter(d);
        try {
            super.walk(d);
        } finally {
            kinds.leave();
        }
    }

    @Override
    public Void visitDefDecl(DefDecl d) {
        for (Param p : d.params()) {
            assign(p.name(), null, Kind.NONE);
        }
        return super.visitDefDecl(d);
    }

    /** A parameter ranging over a domain: a symmetric value when the domain is the set. */
    @Override
    protected void visitBinder(Binder b) {
        super.visitBinder(b);
        assign(b.name(), b.domain(), Kind.SET);
    }

    /** Records an assignment to a target: a name gets {@code source} when it is of kind {@code needs}. */
    private void assign(Expr target, Expr source, Kind needs) {
        if (!checking && target != null) {
            kinds.define(target, source, needs);
        }
    }

    private void error(int offset, String message) {
        if (checking) {
            errors.add(new Diagnostic(offset, message));
        }
    }

    @Override
    public Void visitAssignStmt(AssignStmt s) {
        for (Expr t : s.targets()) {
            assign(t, s.value(), Kind.VALUE);
        }
        return super.visitAssignStmt(s);
    }

    @Override
    public Void visitAugAssignStmt(AugAssignStmt s) {
        assign(s.target(), null, Kind.NONE);
        return super.visitAugAssignStmt(s);
    }

    @Override
    public Void visitVarStmt(VarStmt s) {
        assign(s.name(), s.value(), Kind.VALUE);
        return super.visitVarStmt(s);
    }

    /** The loop's target is recorded, not walked: an indexed target is not checked. */
    @Override
    public Void visitForStmt(ForStmt s) {
        walk(s.iterable());
        assign(s.target(), s.iterable(), Kind.SET);
        walkBody(s.body());
        return null;
    }

    @Override
    public Void visitCompareExpr(CompareExpr e) {
        Expr left = e.first();
        for (var c : e.rest()) {
            CompareOp op = c.op();
            boolean ordering = op == CompareOp.LT || op == CompareOp.LE || op == CompareOp.GT || op == CompareOp.GE;
            if (ordering && (kinds.kind(left) == Kind.VALUE || kinds.kind(c.right()) == Kind.VALUE)) {
                error(c.offset(), "symmetric values have no order: '" + op.symbol() + "' would tell them apart"
                        + " (the model would not be symmetric)");
            }
            left = c.right();
        }
        return super.visitCompareExpr(e);
    }

    @Override
    public Void visitCallExpr(CallExpr e) {
        if (checking) {
            checkCall(e);
        }
        return super.visitCallExpr(e);
    }

    @Override
    public Void visitIndexExpr(IndexExpr e) {
        checkPick(e.target(), e.offset(), "indexing", "one");
        return super.visitIndexExpr(e);
    }

    @Override
    public Void visitSliceExpr(SliceExpr e) {
        checkPick(e.target(), e.offset(), "slicing", "them");
        return super.visitSliceExpr(e);
    }

    /** Indexing or slicing a sequence numbered by the order of symmetric values. */
    private void checkPick(Expr sequence, int offset, String doing, String picked) {
        if (checking && kinds.kind(sequence) == Kind.NUMBERED) {
            error(offset, doing + " a sequence made from symmetric values picks " + picked + " by their order,"
                    + " which they do not have (the model would not be symmetric)");
        }
    }

    @Override
    public Void visitComprehensionExpr(ComprehensionExpr e) {
        for (CompClause c : e.clauses()) {
            if (c instanceof ForClause f) {
                assign(f.target(), f.iterable(), Kind.SET);
            }
        }
        return super.visitComprehensionExpr(e);
    }

    /** A lambda is a function of its own: its defaults are evaluated outside it, its body inside. */
    @Override
    public Void visitLambdaExpr(LambdaExpr e) {
        for (Param p : e.params()) {
            walk(p.defaultValue());
        }
        kinds.enter(e);
        try {
            for (Param p : e.params()) {
                assign(p.name(), null, Kind.NONE);
            }
            walk(e.body());
        } finally {
            kinds.leave();
        }
        return null;
    }

    /** {@code min}, {@code max}, {@code sorted}, {@code list}, {@code tuple} and {@code enumerate} of symmetric values. */
    private void checkCall(CallExpr e) {
        Builtin b = kinds.builtin(e.callee());
        if (b == null) {
            return;
        }
        List<Expr> positional = new ArrayList<>();
        boolean keyed = false;
        for (Argument a : e.args()) {
            if (a.name() == null) {
                positional.add(a.value());
            } else {
                keyed |= a.name().equals("key");
            }
        }
        boolean oneSet = positional.size() == 1 && kinds.kind(positional.get(0)) == Kind.SET;
        boolean values = positional.size() > 1 && positional.stream().anyMatch(x -> kinds.kind(x) == Kind.VALUE);
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
