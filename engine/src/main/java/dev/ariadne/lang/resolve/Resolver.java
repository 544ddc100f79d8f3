package dev.ariadne.lang.resolve;

import dev.ariadne.lang.syntax.ActionDecl;
import dev.ariadne.lang.syntax.AssignStmt;
import dev.ariadne.lang.syntax.AugAssignStmt;
import dev.ariadne.lang.syntax.ConstDecl;
import dev.ariadne.lang.syntax.ConstraintDecl;
import dev.ariadne.lang.syntax.Decl;
import dev.ariadne.lang.syntax.DeclVisitor;
import dev.ariadne.lang.syntax.DefDecl;
import dev.ariadne.lang.syntax.Diagnostic;
import dev.ariadne.lang.syntax.EitherStmt;
import dev.ariadne.lang.syntax.Expr;
import dev.ariadne.lang.syntax.ForStmt;
import dev.ariadne.lang.syntax.Identifier;
import dev.ariadne.lang.syntax.IfStmt;
import dev.ariadne.lang.syntax.InitDecl;
import dev.ariadne.lang.syntax.InvariantDecl;
import dev.ariadne.lang.syntax.LabelStmt;
import dev.ariadne.lang.syntax.ListExpr;
import dev.ariadne.lang.syntax.ModelFile;
import dev.ariadne.lang.syntax.Node;
import dev.ariadne.lang.syntax.ProcessDecl;
import dev.ariadne.lang.syntax.PropertyDecl;
import dev.ariadne.lang.syntax.ReturnStmt;
import dev.ariadne.lang.syntax.SourceFile;
import dev.ariadne.lang.syntax.Stmt;
import dev.ariadne.lang.syntax.TupleExpr;
import dev.ariadne.lang.syntax.VarDecl;
import dev.ariadne.lang.syntax.WhileStmt;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Binds every name of a model file and checks the language's static rules: what a
 * name means at each place, which names are state, temporaries and process
 * {@code var}s, shadowing, where labels, {@code goto}, {@code await} and
 * {@code return} may stand, and PlusCal's label rules. Every error is collected.
 *
 * <p>Scoping follows Python: a name assigned anywhere in a body is local to all of it,
 * except that a top-level {@code var} always means that state variable.
 */
public final class Resolver {
    final SourceFile source;
    final List<Diagnostic> errors = new ArrayList<>();
    /** Where errors go: the model's list, or an override's while its expression is resolved. */
    List<Diagnostic> sink = errors;
    /** The {@code --const} expressions that replace constant initialisers, by constant name. */
    final Map<String, Expr> overrides;
    final Map<String, List<Diagnostic>> overrideErrors = new LinkedHashMap<>();
    final IdentityHashMap<Identifier, Binding> bindings = new IdentityHashMap<>();
    final IdentityHashMap<Node, FunctionScope> scopes = new IdentityHashMap<>();
    final IdentityHashMap<Node, Map<String, LabelData>> processLabels = new IdentityHashMap<>();
    final Map<String, TopLevel> top = new HashMap<>();
    final List<String> globals = new ArrayList<>();
    final List<String> consts = new ArrayList<>();
    final List<String> defs = new ArrayList<>();
    final FunctionScope init = new FunctionScope(CodeKind.INIT, "Init", null);
    final ProcessVars processVars = new ProcessVars(this);
    /** The defs that hold a label: PlusCal procedures, whose steps interleave with other processes. */
    final Map<String, DefDecl> procedures = new HashMap<>();
    /** Every action's number of parameters, in declaration order (enabled()). */
    final Map<String, Integer> actionParams = new LinkedHashMap<>();

    private Resolver(SourceFile source, Map<String, Expr> overrides) {
        this.source = source;
        this.overrides = overrides;
    }

    public static Resolution resolve(ModelFile file) {
        return resolve(file, Map.of());
    }

    /** Resolves a file whose named constants get the given initialisers instead of their own. */
    public static Resolution resolve(ModelFile file, Map<String, Expr> overrides) {
        Resolver r = new Resolver(file.source(), overrides);
        r.declareTopLevel(file.decls());
        BodyResolver body = new BodyResolver(r);
        for (int order = 0; order < file.decls().size(); order++) {
            body.declaration(file.decls().get(order), order);
        }
        r.checkProcedureLabels(file.decls());
        r.errors.sort((a, b) -> Integer.compare(a.offset(), b.offset()));
        DefDecl[] procs = new DefDecl[r.defs.size()];
        r.procedures.forEach((name, def) -> procs[r.defs.indexOf(name)] = def);
        return new Resolution(r.bindings, r.scopes, r.processLabels, r.processVars.reads, r.globals, r.consts,
                r.defs, r.errors, r.overrideErrors, r.init, procs);
    }

    void error(int offset, String message) {
        sink.add(new Diagnostic(offset, message));
    }

    int line(int offset) {
        return source.line(offset);
    }

    /** Records every top-level name, refusing duplicates. */
    private void declareTopLevel(List<Decl> decls) {
        boolean seenInit = false;
        for (int order = 0; order < decls.size(); order++) {
            Decl d = decls.get(order);
            if (d instanceof InitDecl) {
                if (seenInit) {
                    error(d.offset(), "'init' redeclared: a model has at most one 'init' block");
                }
                seenInit = true;
                continue;
            }
            final int o = order;
            d.accept(new DeclVisitor<Void>() {
                @Override
                public Void visitConstDecl(ConstDecl decl) {
                    add(decl.name(), TopLevel.Kind.CONST, consts, o);
                    return null;
                }

                @Override
                public Void visitVarDecl(VarDecl decl) {
                    add(decl.name(), TopLevel.Kind.VAR, globals, o);
                    return null;
                }

                @Override
                public Void visitInitDecl(InitDecl decl) {
                    return null;
                }

                @Override
                public Void visitDefDecl(DefDecl decl) {
                    add(decl.name(), TopLevel.Kind.DEF, defs, o);
                    if (holdsLabel(decl.body())) {
                        procedures.putIfAbsent(decl.name().name(), decl);
                    }
                    return null;
                }

                @Override
                public Void visitActionDecl(ActionDecl decl) {
                    add(decl.name(), TopLevel.Kind.ACTION, null, o);
                    actionParams.putIfAbsent(decl.name().name(), decl.params().size());
                    return null;
                }

                @Override
                public Void visitProcessDecl(ProcessDecl decl) {
                    add(decl.name(), TopLevel.Kind.PROCESS, null, o);
                    processVars.declare(decl);
                    return null;
                }

                @Override
                public Void visitInvariantDecl(InvariantDecl decl) {
                    add(decl.name(), TopLevel.Kind.INVARIANT, null, o);
                    return null;
                }

                @Override
                public Void visitConstraintDecl(ConstraintDecl decl) {
                    add(decl.name(), TopLevel.Kind.CONSTRAINT, null, o);
                    return null;
                }

                @Override
                public Void visitPropertyDecl(PropertyDecl decl) {
                    add(decl.name(), TopLevel.Kind.PROPERTY, null, o);
                    return null;
                }
            });
        }
    }

    private void add(Identifier name, TopLevel.Kind kind, List<String> table, int order) {
        TopLevel prev = top.get(name.name());
        if (prev != null) {
            error(name.offset(), "'" + name.name() + "' redeclared (first declared as a " + prev.kind().what
                    + " at line " + line(prev.offset()) + ")");
            return;
        }
        int index = table == null ? -1 : table.size();
        if (table != null) {
            table.add(name.name());
        }
        top.put(name.name(), new TopLevel(kind, index, name.offset(), order));
    }

    /** The top-level declaration of a name, or null. */
    TopLevel topLevel(String name) {
        return top.get(name);
    }

    /** Refuses a local name (parameter, binder, process var, comprehension variable) that hides a global. */
    void checkShadowing(Identifier id) {
        TopLevel t = top.get(id.name());
        if (t != null && t.kind().isValue()) {
            error(id.offset(), "'" + id.name() + "' shadows the " + t.kind().what + " '" + id.name()
                    + "' declared at line " + line(t.offset()));
        }
    }

    static Binding builtin(String name) {
        Builtin b = Builtin.named(name);
        return b == null ? null : new Binding(Binding.Kind.BUILTIN, b.ordinal());
    }

    /** The identifiers an assignment target binds ({@code a}, {@code a, (b, c)}, {@code [a, b]}). */
    public static void targetNames(Expr target, List<Identifier> out) {
        if (target instanceof Identifier id) {
            out.add(id);
        } else if (target instanceof TupleExpr t) {
            for (Expr e : t.items()) {
                targetNames(e, out);
            }
        } else if (target instanceof ListExpr l) {
            for (Expr e : l.items()) {
                targetNames(e, out);
            }
        }
    }

    /** The names a body assigns (not inside lambdas or comprehensions, which have their own scopes). */
    static void assignedNames(List<Stmt> body, List<Identifier> out) {
        for (Stmt s : body) {
            if (s instanceof AssignStmt a) {
                for (Expr t : a.targets()) {
                    targetNames(t, out);
                }
            } else if (s instanceof AugAssignStmt a) {
                targetNames(a.target(), out);
            } else if (s instanceof ForStmt f) {
                targetNames(f.target(), out);
                assignedNames(f.body(), out);
            } else if (s instanceof WhileStmt w) {
                assignedNames(w.body(), out);
            } else if (s instanceof IfStmt i) {
                assignedNames(i.then(), out);
                assignedNames(i.orElse(), out);
            } else if (s instanceof EitherStmt e) {
                for (List<Stmt> b : e.branches()) {
                    assignedNames(b, out);
                }
            }
        }
    }

    /** Whether a block holds a label, at any depth. */
    static boolean holdsLabel(List<Stmt> body) {
        for (Stmt s : body) {
            if (s instanceof LabelStmt) {
                return true;
            }
            if (s instanceof ForStmt f && holdsLabel(f.body())
                    || s instanceof WhileStmt w && holdsLabel(w.body())
                    || s instanceof IfStmt i && (holdsLabel(i.then()) || holdsLabel(i.orElse()))) {
                return true;
            }
            if (s instanceof EitherStmt e) {
                for (List<Stmt> b : e.branches()) {
                    if (holdsLabel(b)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** Collects the labels of a process or a procedure ({@code what}) in source order, refusing duplicates. */
    Map<String, LabelData> collectLabels(Node owner, List<Stmt> body, String what) {
        Map<String, LabelData> byName = new LinkedHashMap<>();
        collectLabels(body, new ArrayDeque<>(), byName, what);
        processLabels.put(owner, byName);
        return byName;
    }

    /**
     * A procedure's labels become labels of every process that calls it (pc() names them),
     * so, as in PlusCal, no other process or procedure may have a label of the same name.
     */
    private void checkProcedureLabels(List<Decl> decls) {
        Map<String, String> owners = new HashMap<>();
        for (Decl d : decls) {
            if (d instanceof ProcessDecl p && processLabels.containsKey(p)) {
                processLabels.get(p).keySet().forEach(l -> owners.putIfAbsent(l, "process '" + p.name().name() + "'"));
            }
        }
        for (Decl d : decls) {
            if (d instanceof DefDecl def && procedures.get(def.name().name()) == def && processLabels.containsKey(def)) {
                for (LabelData l : processLabels.get(def).values()) {
                    String other = owners.putIfAbsent(l.name(), "procedure '" + def.name().name() + "'");
                    if (other != null) {
                        error(l.offset(), "label '" + l.name() + "' of procedure '" + def.name().name()
                                + "' is also a label of " + other + ": a procedure's labels must be unique in the model");
                    }
                }
            }
        }
    }

    private void collectLabels(List<Stmt> body, Deque<ForStmt> fors, Map<String, LabelData> out, String p) {
        for (Stmt s : body) {
            if (s instanceof LabelStmt l) {
                String name = l.name().name();
                if (name.equals("Done")) {
                    error(l.name().offset(), "'Done' is the implicit label at the end of a process: it cannot be declared");
                } else if (out.containsKey(name)) {
                    error(l.name().offset(), "label '" + name + "' redeclared in " + p
                            + " (first at line " + line(out.get(name).offset()) + ")");
                } else {
                    List<ForStmt> enclosing = new ArrayList<>(fors);
                    java.util.Collections.reverse(enclosing);
                    LabelData d = new LabelData(out.size(), name, l.offset(), List.copyOf(enclosing));
                    out.put(name, d);
                }
            } else if (s instanceof ForStmt f) {
                fors.push(f);
                collectLabels(f.body(), fors, out, p);
                fors.pop();
            } else if (s instanceof WhileStmt w) {
                collectLabels(w.body(), fors, out, p);
            } else if (s instanceof IfStmt i) {
                collectLabels(i.then(), fors, out, p);
                collectLabels(i.orElse(), fors, out, p);
            } else if (s instanceof EitherStmt e) {
                for (List<Stmt> b : e.branches()) {
                    collectLabels(b, fors, out, p);
                }
            }
        }
    }

    FunctionScope newScope(Node node, CodeKind kind, String name, FunctionScope parent) {
        FunctionScope s = new FunctionScope(kind, name, parent);
        scopes.put(node, s);
        return s;
    }

    /** Whether the last statement of a check's body returns (invariants and constraints must). */
    static boolean endsWithReturn(List<Stmt> body) {
        return !body.isEmpty() && body.get(body.size() - 1) instanceof ReturnStmt;
    }
}
