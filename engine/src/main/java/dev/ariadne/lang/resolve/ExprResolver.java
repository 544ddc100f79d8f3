package dev.ariadne.lang.resolve;

import dev.ariadne.lang.syntax.AttrExpr;
import dev.ariadne.lang.syntax.CallExpr;
import dev.ariadne.lang.syntax.CompClause;
import dev.ariadne.lang.syntax.ComprehensionExpr;
import dev.ariadne.lang.syntax.Expr;
import dev.ariadne.lang.syntax.ForClause;
import dev.ariadne.lang.syntax.Identifier;
import dev.ariadne.lang.syntax.IfClause;
import dev.ariadne.lang.syntax.IndexExpr;
import dev.ariadne.lang.syntax.LambdaExpr;
import dev.ariadne.lang.syntax.OneOfExpr;
import dev.ariadne.lang.syntax.StringLiteral;
import dev.ariadne.lang.syntax.TreeWalker;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Resolves the names of expressions: loads, stores, lambdas and comprehensions; the other
 * expressions only resolve their children, as {@link TreeWalker} walks them.
 */
final class ExprResolver extends TreeWalker {
    private final BodyResolver body;
    private final Resolver r;
    /** The callee of the procedure call statement being resolved, the one place a procedure's name may stand. */
    Identifier procedureCallee;

    ExprResolver(BodyResolver body) {
        this.body = body;
        this.r = body.r;
    }

    /** Resolves {@code e} (null: an absent part); the nodes not overridden here resolve their children. */
    void resolve(Expr e) {
        walk(e);
    }

    /** The binding of a name read in context {@code c}, or null if it is not defined. */
    private Binding lookup(BodyResolver.Context c, String name) {
        for (Map<String, Integer> block : c.blocks) {
            Integer slot = block.get(name);
            if (slot != null) {
                return new Binding(Binding.Kind.LOCAL, slot);
            }
        }
        int slot = c.scope.local(name);
        if (slot >= 0) {
            return new Binding(Binding.Kind.LOCAL, slot);
        }
        if (c.parent != null) {
            Binding outer = lookup(c.parent, name);
            if (outer != null && (outer.kind() == Binding.Kind.LOCAL || outer.kind() == Binding.Kind.CAPTURED)) {
                return new Binding(Binding.Kind.CAPTURED, c.scope.capture(name, outer));
            }
            return outer;
        }
        TopLevel t = r.topLevel(name);
        if (t != null) {
            switch (t.kind()) {
                case VAR:
                    return new Binding(Binding.Kind.GLOBAL, t.index());
                case CONST:
                    return new Binding(Binding.Kind.CONST, t.index());
                case DEF:
                    return new Binding(Binding.Kind.DEF, t.index());
                default:
                    return null;
            }
        }
        return Resolver.builtin(name);
    }

    private static final java.util.Set<String> TEMPORAL = java.util.Set.of("always", "eventually", "leads_to");

    @Override
    public Void visitIdentifier(Identifier id) {
        Binding b = lookup(body.ctx, id.name());
        if (b == null) {
            TopLevel t = r.topLevel(id.name());
            if (TEMPORAL.contains(id.name())) {
                r.error(id.offset(), "'" + id.name() + "' is a temporal operator: it may only stand at the start of a"
                        + " property's formula ('property Name: always eventually P', 'P leads_to Q'), not inside"
                        + " an expression");
            } else if (t != null) {
                r.error(id.offset(), "'" + id.name() + "' is a " + t.kind().what + ", not a value");
            } else {
                r.error(id.offset(), "name '" + id.name() + "' is not defined");
            }
            return null;
        }
        checkTiming(id, b);
        r.bindings.put(id, b);
        if (b.kind() == Binding.Kind.DEF && id != procedureCallee && r.procedures.containsKey(id.name())) {
            r.error(id.offset(), "'" + id.name() + "' is a procedure (a def that holds labels): call it as a statement"
                    + " of its own, '" + id.name() + "(...)', in a process or another procedure; it is not a value");
        }
        return null;
    }

    /** Constants and defaults run at load time, var initialisers in declaration order. */
    private void checkTiming(Identifier id, Binding b) {
        BodyResolver.Context c = body.ctx;
        if (c.parent != null) {
            return; // inside a lambda: looked up when it is called
        }
        TopLevel t = r.topLevel(id.name());
        if (t == null || b.kind() == Binding.Kind.LOCAL) {
            return;
        }
        if (c.loadTime) {
            if (b.kind() == Binding.Kind.GLOBAL) {
                r.error(id.offset(), c.what + " may not depend on the state variable '" + id.name() + "'");
            } else if (t.order() > c.order) {
                r.error(id.offset(), "'" + id.name() + "' is declared later (line " + r.line(t.offset())
                        + "): constants and defaults are evaluated in order");
            }
        } else if (c.varInitialiser && b.kind() == Binding.Kind.GLOBAL && t.order() >= c.order) {
            r.error(id.offset(), "state variable '" + id.name() + "' is used before its declaration (line "
                    + r.line(t.offset()) + ")");
        }
    }

    /** A name being assigned. */
    void store(Identifier id) {
        BodyResolver.Context c = body.ctx;
        for (Map<String, Integer> block : c.blocks) {
            Integer slot = block.get(id.name());
            if (slot != null) {
                r.bindings.put(id, new Binding(Binding.Kind.LOCAL, slot));
                return;
            }
        }
        TopLevel t = r.topLevel(id.name());
        if (t != null && t.kind() == TopLevel.Kind.VAR && c.scope.local(id.name()) < 0) {
            if (c.kind() == CodeKind.INVARIANT || c.kind() == CodeKind.CONSTRAINT) {
                r.error(id.offset(), c.what + " may not assign the state variable '" + id.name() + "'");
            }
            r.bindings.put(id, new Binding(Binding.Kind.GLOBAL, t.index()));
            return;
        }
        if (t != null && (t.kind() == TopLevel.Kind.CONST || t.kind() == TopLevel.Kind.DEF)) {
            r.error(id.offset(), "cannot assign to the " + t.kind().what + " '" + id.name() + "'");
            return;
        }
        if (c.readOnly.contains(id.name())) {
            r.error(id.offset(), "cannot assign to the parameter '" + id.name() + "'");
            return;
        }
        int slot = c.scope.local(id.name());
        if (slot < 0) {
            r.error(id.offset(), "cannot assign to '" + id.name() + "' here");
            return;
        }
        r.bindings.put(id, new Binding(Binding.Kind.LOCAL, slot));
    }

    @Override
    public Void visitLambdaExpr(LambdaExpr e) {
        for (var p : e.params()) {
            resolve(p.defaultValue());
        }
        BodyResolver.Context outer = body.ctx;
        FunctionScope scope = r.newScope(e, CodeKind.LAMBDA, "lambda", outer.scope);
        body.ctx = new BodyResolver.Context(scope, outer, "a lambda");
        try {
            body.declareParams(e.params());
            resolve(e.body());
        } finally {
            body.ctx = outer;
        }
        return null;
    }

    @Override
    public Void visitComprehensionExpr(ComprehensionExpr e) {
        BodyResolver.Context c = body.ctx;
        Map<String, Integer> block = new HashMap<>();
        // The first iterable is evaluated outside the comprehension's names, the rest inside.
        boolean pushed = false;
        for (CompClause clause : e.clauses()) {
            if (clause instanceof ForClause f) {
                resolve(f.iterable());
                if (!pushed) {
                    c.blocks.push(block);
                    pushed = true;
                }
                List<Identifier> names = new ArrayList<>();
                Resolver.targetNames(f.target(), names);
                for (Identifier id : names) {
                    r.checkShadowing(id);
                    block.put(id.name(), c.scope.newTemp(id.name()));
                }
                body.target(f.target());
            } else if (clause instanceof IfClause i) {
                resolve(i.cond());
            }
        }
        resolve(e.element());
        resolve(e.value());
        if (pushed) {
            c.blocks.pop();
        }
        return null;
    }

    @Override
    public Void visitOneOfExpr(OneOfExpr e) {
        if (body.isCheck()) {
            r.error(e.offset(), "'oneof' is not allowed in " + body.ctx.what);
        }
        resolve(e.collection());
        return null;
    }

    @Override
    public Void visitCallExpr(CallExpr e) {
        super.visitCallExpr(e);
        Binding b = e.callee() instanceof Identifier id ? r.bindings.get(id) : null;
        if (b != null && b.kind() == Binding.Kind.BUILTIN && b.index() == Builtin.PC.ordinal()
                && !e.args().isEmpty() && e.args().get(0).name() == null
                && e.args().get(0).value() instanceof StringLiteral name) {
            r.processVars.checkPcName(name);
        }
        if (b != null && b.kind() == Binding.Kind.BUILTIN && b.index() == Builtin.ENABLED.ordinal()) {
            checkEnabled(e);
        }
        return null;
    }

    /**
     * {@code enabled("Name", args...)} asks about the state a check looks at: not in a step,
     * and a literal name must be an action or a process, with as many values as it has parameters.
     */
    private void checkEnabled(CallExpr e) {
        CodeKind k = body.ctx.kind();
        if (k == CodeKind.ACTION || k == CodeKind.PROCESS || k == CodeKind.INIT) {
            r.error(e.callee().offset(), "enabled() may only be used in invariants, constraints, properties and the"
                    + " defs they call, not in " + body.ctx.what + " (it asks whether a step can be taken in the state"
                    + " they look at)");
            return;
        }
        if (e.args().isEmpty() || e.args().get(0).name() != null || !(e.args().get(0).value() instanceof StringLiteral name)) {
            return;
        }
        int given = e.args().size() - 1;
        Integer params = r.actionParams.get(name.value());
        if (params != null) {
            if (given != 0 && given != params) {
                r.error(name.offset(), "action '" + name.value() + "' has " + params + " parameter"
                        + (params == 1 ? "" : "s") + ": enabled('" + name.value() + "') asks about any instance,"
                        + " enabled('" + name.value() + "', ...) with " + params + " value" + (params == 1 ? "" : "s")
                        + " about one");
            }
        } else if (r.processVars.isProcess(name.value())) {
            if (given > 1) {
                r.error(name.offset(), "enabled('" + name.value() + "', self) takes at most the instance's self");
            }
        } else {
            List<String> names = new ArrayList<>(r.actionParams.keySet());
            names.addAll(r.processVars.names());
            r.error(name.offset(), "no action or process named '" + name.value() + "' (" + (names.isEmpty()
                    ? "the model declares none" : "the actions and processes are '" + String.join("', '", names) + "'")
                    + ")");
        }
    }

    @Override
    public Void visitAttrExpr(AttrExpr e) {
        Identifier process = r.processVars.processOf(e);
        if (process != null && lookup(body.ctx, process.name()) == null) {
            r.processVars.read(e, process, body.ctx);
            if (e.target() instanceof IndexExpr x) {
                resolve(x.index());
            }
            return null;
        }
        resolve(e.target());
        return null;
    }
}
