package dev.ariadne.lang.resolve;

import dev.ariadne.lang.syntax.ActionDecl;
import dev.ariadne.lang.syntax.AssertStmt;
import dev.ariadne.lang.syntax.AssignStmt;
import dev.ariadne.lang.syntax.AttrExpr;
import dev.ariadne.lang.syntax.AugAssignStmt;
import dev.ariadne.lang.syntax.AwaitStmt;
import dev.ariadne.lang.syntax.Binder;
import dev.ariadne.lang.syntax.BreakStmt;
import dev.ariadne.lang.syntax.CallExpr;
import dev.ariadne.lang.syntax.ConstDecl;
import dev.ariadne.lang.syntax.ConstraintDecl;
import dev.ariadne.lang.syntax.ContinueStmt;
import dev.ariadne.lang.syntax.Decl;
import dev.ariadne.lang.syntax.DefDecl;
import dev.ariadne.lang.syntax.EitherStmt;
import dev.ariadne.lang.syntax.Expr;
import dev.ariadne.lang.syntax.ExprStmt;
import dev.ariadne.lang.syntax.ForStmt;
import dev.ariadne.lang.syntax.GotoStmt;
import dev.ariadne.lang.syntax.Identifier;
import dev.ariadne.lang.syntax.IfStmt;
import dev.ariadne.lang.syntax.IndexExpr;
import dev.ariadne.lang.syntax.InitDecl;
import dev.ariadne.lang.syntax.InvariantDecl;
import dev.ariadne.lang.syntax.LabelStmt;
import dev.ariadne.lang.syntax.ListExpr;
import dev.ariadne.lang.syntax.Param;
import dev.ariadne.lang.syntax.PassStmt;
import dev.ariadne.lang.syntax.ProcessDecl;
import dev.ariadne.lang.syntax.PropertyDecl;
import dev.ariadne.lang.syntax.TemporalForm;
import dev.ariadne.lang.syntax.ReturnStmt;
import dev.ariadne.lang.syntax.SliceExpr;
import dev.ariadne.lang.syntax.Stmt;
import dev.ariadne.lang.syntax.StmtVisitor;
import dev.ariadne.lang.syntax.TupleExpr;
import dev.ariadne.lang.syntax.VarDecl;
import dev.ariadne.lang.syntax.VarStmt;
import dev.ariadne.lang.syntax.WhileStmt;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Resolves the bodies of declarations: statements here, expressions in {@link ExprResolver}. */
final class BodyResolver implements StmtVisitor<Void> {
    final Resolver r;
    final ExprResolver exprs;
    /** The body being resolved. */
    Context ctx;
    private int loops;
    private final Deque<ForStmt> fors = new ArrayDeque<>();
    private Map<String, LabelData> processLabels;
    private String processName;
    /** The procedure being resolved (a def that holds labels), or null. */
    DefDecl procedure;

    BodyResolver(Resolver r) {
        this.r = r;
        this.exprs = new ExprResolver(this);
    }

    /** What is being resolved: a body's scope plus the rules that hold in it. */
    static final class Context {
        final FunctionScope scope;
        final Context parent;
        /** Comprehension variables in force, innermost first. */
        final Deque<Map<String, Integer>> blocks = new ArrayDeque<>();
        /** "invariant 'Safe'", "action 'Send'": for messages. */
        final String what;
        /** Declaration order, for the rules on constants, defaults and var initialisers. */
        int order = Integer.MAX_VALUE;
        /** Constant initialisers and def defaults run at load time: no state, nothing declared later. */
        boolean loadTime;
        /** A var initialiser: state variables declared at or after {@link #order} are not ready. */
        boolean varInitialiser;
        /** A process var's initialiser: it runs while the instances are being created. */
        boolean processPrelude;
        /** Names that may not be assigned (action parameters, self). */
        final Set<String> readOnly = new HashSet<>();

        Context(FunctionScope scope, Context parent, String what) {
            this.scope = scope;
            this.parent = parent;
            this.what = what;
        }

        CodeKind kind() {
            return scope.kind;
        }
    }

    void declaration(Decl d, int order) {
        loops = 0;
        fors.clear();
        processLabels = null;
        procedure = null;
        if (d instanceof ConstDecl c) {
            ctx = new Context(r.newScope(c, CodeKind.CONST, c.name().name(), null), null,
                    "constant '" + c.name().name() + "'");
            ctx.order = order;
            ctx.loadTime = true;
            Expr override = r.overrides.get(c.name().name());
            if (override != null) {
                r.sink = r.overrideErrors.computeIfAbsent(c.name().name(), k -> new ArrayList<>());
                exprs.resolve(override);
                r.sink = r.errors;
            } else {
                exprs.resolve(c.value());
            }
        } else if (d instanceof VarDecl v) {
            ctx = new Context(r.init, null, "the initialisation");
            ctx.order = order;
            ctx.varInitialiser = true;
            exprs.resolve(v.value());
        } else if (d instanceof InitDecl i) {
            ctx = new Context(r.init, null, "the initialisation");
            declareTemporaries(i.body());
            block(i.body());
        } else if (d instanceof DefDecl def) {
            def(def, order);
        } else if (d instanceof ActionDecl a) {
            action(a);
        } else if (d instanceof ProcessDecl p) {
            process(p);
        } else if (d instanceof InvariantDecl inv) {
            check(inv, inv.name(), inv.body(), CodeKind.INVARIANT, "invariant");
        } else if (d instanceof ConstraintDecl c) {
            check(c, c.name(), c.body(), CodeKind.CONSTRAINT, "constraint");
        } else if (d instanceof PropertyDecl p) {
            property(p);
        }
    }

    /** A property's domain is constant (one property per element); its predicates read the state. */
    private void property(PropertyDecl p) {
        String name = p.name().name();
        if (TemporalForm.of(p.modalities(), p.target() != null) == null) {
            String ops = String.join(" ", p.modalities().stream().map(m -> m.name().toLowerCase(Locale.ROOT)).toList());
            r.error(p.name().offset(), "property '" + name + "': '" + ops + "' is not a formula the checker knows;"
                    + " write 'always P', 'eventually P', 'always eventually P', 'eventually always P' or"
                    + " 'P leads_to Q'");
        }
        if (p.param() != null) {
            ctx = new Context(r.newScope(p.param(), CodeKind.CONST, name + " instances", null), null,
                    "the parameter domain of property '" + name + "'");
            ctx.loadTime = true;
            exprs.resolve(p.param().domain());
        }
        ctx = new Context(r.newScope(p, CodeKind.PROPERTY, name, null), null, "property '" + name + "'");
        if (p.param() != null) {
            declareLocal(p.param().name(), "parameter");
            ctx.readOnly.add(p.param().name().name());
            ctx.scope.nparams = 1;
        }
        exprs.resolve(p.body());
        if (p.target() != null) {
            exprs.resolve(p.target());
        }
    }

    private void def(DefDecl def, int order) {
        String name = def.name().name();
        ctx = new Context(r.newScope(def.params().isEmpty() ? def.name() : def.params().get(0), CodeKind.CONST,
                name + " defaults", null), null, "the defaults of '" + name + "'");
        ctx.order = order;
        ctx.loadTime = true;
        for (Param p : def.params()) {
            if (p.defaultValue() != null) {
                exprs.resolve(p.defaultValue());
            }
        }
        if (r.procedures.get(name) == def) {
            procedure(def);
            return;
        }
        ctx = new Context(r.newScope(def, CodeKind.DEF, name, null), null, "function '" + name + "'");
        declareParams(def.params());
        declareTemporaries(def.body());
        block(def.body());
    }

    /**
     * A def that holds labels is a PlusCal procedure: its body is laid out like a process's
     * ({@code var}s, then a label), it reads the caller's {@code self}, and it returns no value.
     */
    private void procedure(DefDecl def) {
        String name = def.name().name();
        procedure = def;
        ctx = new Context(r.newScope(def, CodeKind.DEF, name, null), null, "procedure '" + name + "'");
        declareParams(def.params());
        for (Param p : def.params()) {
            if (p.defaultValue() != null) {
                r.error(p.offset(), "parameter '" + p.name().name() + "' of procedure '" + name
                        + "' has a default value: a procedure's parameters have none (pass every argument)");
            }
        }
        if (ctx.scope.local("self") < 0 && r.topLevel("self") == null) {
            ctx.scope.declare("self"); // the calling instance's self
            ctx.readOnly.add("self");
        }
        List<Stmt> body = def.body();
        int first = 0;
        while (first < body.size() && body.get(first) instanceof VarStmt v) {
            exprs.resolve(v.value());
            int slot = declareLocal(v.name(), "procedure variable");
            ctx.scope.varNames.add(v.name().name());
            ctx.scope.varSlots.add(slot);
            first++;
        }
        if (first < body.size() && !(body.get(first) instanceof LabelStmt)) {
            r.error(body.get(first).offset(), "the first statement of procedure '" + name
                    + "' after its vars must be a label (a def that holds labels is a procedure)");
        }
        processLabels = r.collectLabels(def, body, "procedure '" + name + "'");
        processName = name;
        declareTemporaries(body);
        block(body.subList(first, body.size()));
        processLabels = null;
    }

    void declareParams(List<Param> params) {
        boolean defaults = false;
        for (Param p : params) {
            declareLocal(p.name(), "parameter");
            if (p.defaultValue() != null) {
                defaults = true;
            } else if (defaults) {
                r.error(p.offset(), "parameter '" + p.name().name() + "' without a default follows one with a default");
            }
        }
        ctx.scope.nparams = params.size();
    }

    /** Declares a named local in the current scope, refusing shadowing and duplicates. */
    int declareLocal(Identifier id, String what) {
        r.checkShadowing(id);
        if (ctx.scope.local(id.name()) >= 0) {
            r.error(id.offset(), "duplicate " + what + " '" + id.name() + "'");
        }
        int slot = ctx.scope.declare(id.name());
        r.bindings.put(id, new Binding(Binding.Kind.LOCAL, slot));
        return slot;
    }

    /** Every name the body assigns that is not a state variable becomes a local of the scope. */
    void declareTemporaries(List<Stmt> body) {
        List<Identifier> assigned = new ArrayList<>();
        Resolver.assignedNames(body, assigned);
        for (Identifier id : assigned) {
            TopLevel t = r.topLevel(id.name());
            if (t == null || !t.kind().isValue()) {
                ctx.scope.declare(id.name());
            }
        }
    }

    private void action(ActionDecl a) {
        String name = a.name().name();
        ctx = new Context(r.newScope(a, CodeKind.ACTION, name, null), null, "action '" + name + "'");
        for (Binder b : a.params()) {
            exprs.resolve(b.domain());
            declareLocal(b.name(), "parameter");
            ctx.readOnly.add(b.name().name());
        }
        ctx.scope.nparams = a.params().size();
        declareTemporaries(a.body());
        block(a.body());
    }

    private void process(ProcessDecl p) {
        String name = p.name().name();
        if (p.param() != null) {
            ctx = new Context(r.init, null, "the initialisation");
            exprs.resolve(p.param().domain());
        }
        ctx = new Context(r.newScope(p, CodeKind.PROCESS, name, null), null, "process '" + name + "'");
        processName = name;
        if (p.param() != null) {
            ctx.scope.selfSlot = declareLocal(p.param().name(), "parameter");
            ctx.readOnly.add(p.param().name().name());
        }
        List<Stmt> body = p.body();
        int first = 0;
        while (first < body.size() && body.get(first) instanceof VarStmt v) {
            ctx.processPrelude = true;
            exprs.resolve(v.value());
            ctx.processPrelude = false;
            int slot = declareLocal(v.name(), "process variable");
            ctx.scope.varNames.add(v.name().name());
            ctx.scope.varSlots.add(slot);
            first++;
        }
        if (first == body.size()) {
            r.error(p.name().offset(), "process '" + name + "' has no label: its body must start with one (after its vars)");
        } else if (!(body.get(first) instanceof LabelStmt)) {
            r.error(body.get(first).offset(), "the first statement of process '" + name
                    + "' after its vars must be a label");
        }
        processLabels = r.collectLabels(p, p.body(), "process '" + name + "'");
        declareTemporaries(body);
        block(body.subList(first, body.size()));
        processLabels = null;
    }

    private void check(Decl d, Identifier name, List<Stmt> body, CodeKind kind, String what) {
        ctx = new Context(r.newScope(d, kind, name.name(), null), null, what + " '" + name.name() + "'");
        declareTemporaries(body);
        if (!Resolver.endsWithReturn(body)) {
            r.error(body.isEmpty() ? d.offset() : body.get(body.size() - 1).offset(),
                    what + " '" + name.name() + "' must end with 'return <condition>'");
        }
        block(body);
    }

    /** A statement list, with PlusCal's rule on loops that hold labels. */
    void block(List<Stmt> body) {
        for (int i = 0; i < body.size(); i++) {
            Stmt s = body.get(i);
            if (s instanceof WhileStmt w && Resolver.holdsLabel(w.body())
                    && (i == 0 || !(body.get(i - 1) instanceof LabelStmt))) {
                r.error(w.offset(), "a 'while' that holds a label must be directly preceded by a label"
                        + " (every iteration is then a step)");
            }
            s.accept(this);
        }
    }

    boolean isCheck() {
        return ctx.kind() == CodeKind.INVARIANT || ctx.kind() == CodeKind.CONSTRAINT
                || ctx.kind() == CodeKind.PROPERTY || ctx.kind() == CodeKind.CONST;
    }

    @Override
    public Void visitExprStmt(ExprStmt s) {
        if (s.expr() instanceof CallExpr call && call.callee() instanceof Identifier callee
                && r.procedures.containsKey(callee.name())) {
            exprs.procedureCallee = callee;
            exprs.resolve(s.expr());
            exprs.procedureCallee = null;
            Binding b = r.bindings.get(callee);
            if (b != null && b.kind() == Binding.Kind.DEF) {
                procedureCall(call, r.procedures.get(callee.name()));
            }
            return null;
        }
        exprs.resolve(s.expr());
        return null;
    }

    /** A statement {@code p(args)} calling the procedure {@code p}: only processes and procedures may, with every argument. */
    private void procedureCall(CallExpr call, DefDecl def) {
        String name = def.name().name();
        if (ctx.parent != null || (ctx.kind() != CodeKind.PROCESS && procedure == null)) {
            r.error(call.callee().offset(), "'" + name + "' is a procedure (a def that holds labels): its steps"
                    + " interleave with other processes, so only a process or another procedure can call it, not "
                    + ctx.what);
            return;
        }
        if (call.args().stream().anyMatch(a -> a.name() != null)) {
            r.error(call.offset(), "procedure '" + name + "' takes its arguments by position only");
        } else if (call.args().size() != def.params().size()) {
            r.error(call.offset(), "procedure '" + name + "' takes " + def.params().size() + " argument"
                    + (def.params().size() == 1 ? "" : "s") + " but " + call.args().size()
                    + (call.args().size() == 1 ? " was" : " were") + " given");
        }
    }

    @Override
    public Void visitAssignStmt(AssignStmt s) {
        exprs.resolve(s.value());
        for (Expr t : s.targets()) {
            target(t);
        }
        return null;
    }

    @Override
    public Void visitAugAssignStmt(AugAssignStmt s) {
        exprs.resolve(s.value());
        target(s.target());
        return null;
    }

    /** An assignment target: names are bound for storing, subscripts and fields are resolved as expressions. */
    void target(Expr t) {
        if (t instanceof Identifier id) {
            exprs.store(id);
        } else if (t instanceof TupleExpr tu) {
            for (Expr e : tu.items()) {
                target(e);
            }
        } else if (t instanceof ListExpr l) {
            for (Expr e : l.items()) {
                target(e);
            }
        } else if (t instanceof IndexExpr || t instanceof AttrExpr) {
            exprs.resolve(t);
            if (t instanceof AttrExpr a && r.processVars.reads.containsKey(a)) {
                r.error(a.name().offset(), "cannot assign to the variable '" + a.name().name()
                        + "' of a process from here: a process assigns its variables by name, in its own steps");
            }
        } else if (t instanceof SliceExpr) {
            r.error(t.offset(), "slice assignment is not supported");
        } else {
            r.error(t.offset(), "cannot assign to this expression");
        }
    }

    @Override
    public Void visitVarStmt(VarStmt s) {
        r.error(s.offset(), "'var' is only allowed at the top of a process or procedure body, before its first label");
        exprs.resolve(s.value());
        return null;
    }

    @Override
    public Void visitIfStmt(IfStmt s) {
        exprs.resolve(s.cond());
        block(s.then());
        block(s.orElse());
        return null;
    }

    @Override
    public Void visitWhileStmt(WhileStmt s) {
        exprs.resolve(s.cond());
        loops++;
        block(s.body());
        loops--;
        return null;
    }

    @Override
    public Void visitForStmt(ForStmt s) {
        exprs.resolve(s.iterable());
        target(s.target());
        loops++;
        fors.push(s);
        block(s.body());
        fors.pop();
        loops--;
        return null;
    }

    @Override
    public Void visitBreakStmt(BreakStmt s) {
        if (loops == 0) {
            r.error(s.offset(), "'break' outside a loop");
        }
        return null;
    }

    @Override
    public Void visitContinueStmt(ContinueStmt s) {
        if (loops == 0) {
            r.error(s.offset(), "'continue' outside a loop");
        }
        return null;
    }

    @Override
    public Void visitPassStmt(PassStmt s) {
        return null;
    }

    @Override
    public Void visitReturnStmt(ReturnStmt s) {
        CodeKind k = ctx.kind();
        if (k != CodeKind.DEF && k != CodeKind.INVARIANT && k != CodeKind.CONSTRAINT) {
            r.error(s.offset(), "'return' outside a def (in " + ctx.what + "): a step ends at its end");
        } else if (s.value() == null && k != CodeKind.DEF) {
            r.error(s.offset(), ctx.what + " must return a condition");
        } else if (s.value() != null && procedure != null && ctx.parent == null) {
            r.error(s.value().offset(), ctx.what + " returns no value (a def that holds labels is a procedure,"
                    + " called as a statement): write 'return' alone, and pass results in a global or a process var");
        }
        if (s.value() != null) {
            exprs.resolve(s.value());
        }
        return null;
    }

    @Override
    public Void visitAssertStmt(AssertStmt s) {
        exprs.resolve(s.cond());
        if (s.message() != null) {
            exprs.resolve(s.message());
        }
        return null;
    }

    @Override
    public Void visitAwaitStmt(AwaitStmt s) {
        if (isCheck()) {
            r.error(s.offset(), "'" + (s.require() ? "require" : "await") + "' is not allowed in " + ctx.what);
        }
        exprs.resolve(s.cond());
        return null;
    }

    @Override
    public Void visitEitherStmt(EitherStmt s) {
        if (isCheck()) {
            r.error(s.offset(), "'either' is not allowed in " + ctx.what);
        }
        for (List<Stmt> b : s.branches()) {
            block(b);
        }
        return null;
    }

    @Override
    public Void visitLabelStmt(LabelStmt s) {
        if (ctx.kind() != CodeKind.PROCESS && (procedure == null || ctx.parent != null)) {
            r.error(s.offset(), "'label' is only allowed in a process body or a procedure (a def), not in " + ctx.what);
        }
        return null;
    }

    @Override
    public Void visitGotoStmt(GotoStmt s) {
        String target = s.name().name();
        if (ctx.kind() != CodeKind.PROCESS && procedure == null || processLabels == null || ctx.parent != null) {
            r.error(s.offset(), "'goto' is only allowed in a process body or a procedure");
            return null;
        }
        if (target.equals("Done")) {
            if (procedure != null) {
                r.error(s.name().offset(), "'goto Done' in procedure '" + processName
                        + "': a procedure ends with 'return' (its caller goes on)");
            }
            return null;
        }
        LabelData l = processLabels.get(target);
        if (l == null) {
            r.error(s.name().offset(), "goto unknown label '" + target + "' (" + (procedure != null ? "procedure '"
                    : "process '") + processName + "' has "
                    + (processLabels.isEmpty() ? "no labels" : "labels " + String.join(", ", processLabels.keySet()))
                    + ")");
            return null;
        }
        List<ForStmt> here = new ArrayList<>(fors);
        java.util.Collections.reverse(here);
        List<ForStmt> there = l.enclosing();
        boolean prefix = there.size() <= here.size();
        for (int i = 0; prefix && i < there.size(); i++) {
            prefix = there.get(i) == here.get(i);
        }
        if (!prefix) {
            r.error(s.name().offset(), "goto '" + target + "' jumps into a 'for' loop from outside it");
        }
        return null;
    }
}
