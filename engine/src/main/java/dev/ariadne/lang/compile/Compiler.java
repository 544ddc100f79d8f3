package dev.ariadne.lang.compile;

import dev.ariadne.lang.resolve.CodeKind;
import dev.ariadne.lang.resolve.FunctionScope;
import dev.ariadne.lang.resolve.LabelData;
import dev.ariadne.lang.resolve.Resolution;
import dev.ariadne.lang.resolve.Resolver;
import dev.ariadne.lang.syntax.ActionDecl;
import dev.ariadne.lang.syntax.Binder;
import dev.ariadne.lang.syntax.BoolOpExpr;
import dev.ariadne.lang.syntax.ConstDecl;
import dev.ariadne.lang.syntax.ConstraintDecl;
import dev.ariadne.lang.syntax.Decl;
import dev.ariadne.lang.syntax.DefDecl;
import dev.ariadne.lang.syntax.Expr;
import dev.ariadne.lang.syntax.ForStmt;
import dev.ariadne.lang.syntax.Identifier;
import dev.ariadne.lang.syntax.InitDecl;
import dev.ariadne.lang.syntax.InvariantDecl;
import dev.ariadne.lang.syntax.ModelFile;
import dev.ariadne.lang.syntax.Param;
import dev.ariadne.lang.syntax.ProcessDecl;
import dev.ariadne.lang.syntax.PropertyDecl;
import dev.ariadne.lang.syntax.ReturnStmt;
import dev.ariadne.lang.syntax.Stmt;
import dev.ariadne.lang.syntax.VarDecl;
import dev.ariadne.lang.syntax.VarStmt;
import dev.ariadne.lang.resolve.Binding;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * Compiles a resolved model file into a {@link Program}: one {@link Code} per body,
 * plus the tables of declarations. The constants' values are computed afterwards by the
 * loader, which runs their code.
 */
public final class Compiler {
    /**
     * Part of every program's hash: bump when the same source would compile differently.
     * 4: the strings of folded tuples are in the string table (states holding them encode differently).
     */
    public static final int VERSION = 4;

    final Resolution res;
    final Literals literals = new Literals();
    final List<Code> codes = new ArrayList<>();
    private final ModelFile file;
    /** By def number, the defs whose calls are expanded in place ({@link Inlining}); null entries are called. */
    private final DefDecl[] expandable;
    private final Map<String, Integer> processDecls = new HashMap<>();
    private int onceCount;

    private Compiler(ModelFile file, Resolution res) {
        this.file = file;
        this.res = res;
        this.expandable = Inlining.expandable(file.decls(), res);
        for (Decl d : file.decls()) {
            if (d instanceof ProcessDecl p) {
                processDecls.putIfAbsent(p.name().name(), processDecls.size());
            }
        }
    }

    /** A new slot for a value computed once per machine ({@link OnceValues}). */
    int newOnce() {
        return onceCount++;
    }

    /** The number of the process declared as {@code name} (in declaration order), or -1. */
    int processDecl(String name) {
        return processDecls.getOrDefault(name, -1);
    }

    /** The def number {@code k} if its calls are expanded in place, else null. */
    DefDecl expandable(int k) {
        return expandable[k];
    }

    /**
     * Compiles a file that resolved without errors. {@code constOverrides} replace the
     * initialisers of the named constants (their expressions, parsed by the caller);
     * {@code overrideText} holds what they were written as, for the program's hash.
     */
    public static Program compile(ModelFile file, Resolution res, Map<String, Expr> constOverrides,
                                  Map<String, String> overrideText) {
        return new Compiler(file, res).program(constOverrides, overrideText);
    }

    /** Reserves a code index (lambdas are compiled while their enclosing body is). */
    int reserve() {
        codes.add(null);
        return codes.size() - 1;
    }

    void define(int index, Code c) {
        codes.set(index, c);
    }

    private Program program(Map<String, Expr> overrides, Map<String, String> overrideText) {
        List<ActionInfo> actions = new ArrayList<>();
        List<ProcessInfo> processes = new ArrayList<>();
        List<CheckInfo> invariants = new ArrayList<>();
        List<CheckInfo> constraints = new ArrayList<>();
        List<PropertyInfo> properties = new ArrayList<>();
        int[] constCodes = new int[res.consts.size()];
        int[] defCodes = new int[res.defs.size()];
        int[] defDefaults = new int[res.defs.size()];
        List<Integer> loadOrder = new ArrayList<>();
        List<VarDecl> vars = new ArrayList<>();
        InitDecl init = null;
        List<ProcessDecl> processDecls = new ArrayList<>();
        List<InvariantDecl> invariantDecls = new ArrayList<>();

        for (Decl d : file.decls()) {
            if (d instanceof ConstDecl c) {
                int k = res.consts.indexOf(c.name().name());
                Expr value = overrides.getOrDefault(c.name().name(), c.value());
                constCodes[k] = expressionCode(c, "const " + c.name().name(), CodeKind.CONST, value, c.offset());
                loadOrder.add(k);
            } else if (d instanceof VarDecl v) {
                vars.add(v);
            } else if (d instanceof InitDecl i) {
                init = i;
            } else if (d instanceof DefDecl def) {
                int k = res.defs.indexOf(def.name().name());
                // A procedure is compiled into the processes that call it (ProcedureCalls); it is never a value.
                defCodes[k] = body(def, def.name().name(), CodeKind.DEF,
                        res.procedures[k] != null ? List.of() : def.body(), def.offset());
                defDefaults[k] = defaults(def);
                loadOrder.add(-(k + 1));
            } else if (d instanceof ActionDecl a) {
                actions.add(action(a));
            } else if (d instanceof ProcessDecl p) {
                processDecls.add(p);
                processes.add(process(p, processes.size()));
            } else if (d instanceof InvariantDecl inv) {
                invariantDecls.add(inv);
                invariants.add(new CheckInfo(inv.name().name(),
                        body(inv, inv.name().name(), CodeKind.INVARIANT, inv.body(), inv.offset()), inv.name().offset()));
            } else if (d instanceof ConstraintDecl c) {
                constraints.add(new CheckInfo(c.name().name(),
                        body(c, c.name().name(), CodeKind.CONSTRAINT, c.body(), c.offset()), c.name().offset()));
            } else if (d instanceof PropertyDecl p) {
                properties.add(property(p));
            }
        }
        int initCode = initCode(vars, init, processDecls);
        // After every other body, so that the conjuncts' codes leave the indices of the rest (in snapshots) as they were.
        splitInvariants(invariants, invariantDecls, constCodes, defCodes, defDefaults);
        StringBuilder text = new StringBuilder();
        overrideText.forEach((k, v) -> text.append(k).append('=').append(v).append('\n'));
        return new Program(file.source(), hash(text.toString()), codes, literals.toArray(), res.globals,
                res.consts, constCodes, res.defs, defCodes, defDefaults, loadOrder.stream().mapToInt(i -> i).toArray(),
                actions, processes, invariants, constraints, properties, initCode, overrideText, onceCount);
    }

    /**
     * Compiles each operand of an invariant's top-level {@code and} as its own body, with
     * the globals it reads ({@link ReadSets}), so that a conjunct whose values were seen
     * before need not be evaluated again; any other invariant is one conjunct, its body.
     * An invariant is kept whole when one of its operands may change a value: evaluated as
     * one body, a later operand would see the change.
     */
    private void splitInvariants(List<CheckInfo> invariants, List<InvariantDecl> decls, int[] constCodes,
                                 int[] defCodes, int[] defDefaults) {
        List<int[]> split = new ArrayList<>();
        for (int i = 0; i < decls.size(); i++) {
            InvariantDecl inv = decls.get(i);
            List<Expr> operands = new ArrayList<>();
            if (inv.body().size() == 1 && inv.body().get(0) instanceof ReturnStmt r && r.value() != null) {
                conjuncts(r.value(), operands);
            }
            int[] codes = {invariants.get(i).code()};
            if (operands.size() > 1) {
                codes = new int[operands.size()];
                for (int k = 0; k < codes.length; k++) {
                    codes[k] = expressionCode(inv, inv.name().name(), CodeKind.INVARIANT, operands.get(k), inv.offset());
                }
            }
            split.add(codes);
        }
        boolean[] procedures = new boolean[res.defs.size()];
        for (int k = 0; k < procedures.length; k++) {
            procedures[k] = res.procedures[k] != null;
        }
        ReadSets analysis = new ReadSets(codes, literals.toArray(), defCodes, defDefaults, constCodes, procedures);
        for (int i = 0; i < invariants.size(); i++) {
            List<Conjunct> conjuncts = new ArrayList<>();
            for (int code : split.get(i)) {
                ReadSets.Summary s = analysis.of(code);
                if (s.mutates()) {
                    conjuncts.clear();
                    break;
                }
                conjuncts.add(new Conjunct(code, s.cacheable() ? s.readArray() : null, s.cacheable() && s.labels()));
            }
            if (conjuncts.isEmpty()) {
                conjuncts.add(new Conjunct(invariants.get(i).code(), null, false));
            }
            invariants.set(i, invariants.get(i).withConjuncts(conjuncts));
        }
    }

    /** The operands of {@code e}'s top-level {@code and}s, left to right ({@code e} itself when it is none). */
    private static void conjuncts(Expr e, List<Expr> out) {
        if (e instanceof BoolOpExpr b && b.and()) {
            conjuncts(b.left(), out);
            conjuncts(b.right(), out);
        } else {
            out.add(e);
        }
    }

    private String hash(String overrideText) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            md.update(("ariadne-compiler-" + VERSION + "\0").getBytes(StandardCharsets.UTF_8));
            md.update(file.source().text().getBytes(StandardCharsets.UTF_8));
            md.update(("\0" + overrideText).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(md.digest(), 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private PropertyInfo property(PropertyDecl p) {
        String name = p.name().name();
        int domain = p.param() == null ? -1 : expressionCode(p.param(), name + " instances", CodeKind.CONST,
                p.param().domain(), p.param().offset());
        int predicate = expressionCode(p, name, CodeKind.PROPERTY, p.body(), p.offset());
        int target = p.target() == null ? -1 : expressionCode(p, name, CodeKind.PROPERTY, p.target(), p.offset());
        return new PropertyInfo(name, dev.ariadne.lang.syntax.TemporalForm.of(p.modalities(), p.target() != null), predicate, target,
                domain, p.name().offset());
    }

    /** A body that evaluates one expression and returns it (constants, properties). */
    private int expressionCode(dev.ariadne.lang.syntax.Node scopeKey, String name, CodeKind kind, Expr value, int offset) {
        int index = reserve();
        FunctionScope scope = res.scope(scopeKey);
        BodyCompiler bc = new BodyCompiler(this, scope, null);
        bc.exprs.compile(value);
        bc.b.op(Opcode.RETURN, offset);
        define(index, bc.b.build(index, name, kind, scope.nparams, scope.slotNames(), offset));
        return index;
    }

    /** A statement body: a def (returns None at its end), an invariant or a constraint. */
    private int body(dev.ariadne.lang.syntax.Node node, String name, CodeKind kind, List<Stmt> body, int offset) {
        int index = reserve();
        FunctionScope scope = res.scope(node);
        BodyCompiler bc = new BodyCompiler(this, scope, null);
        bc.block(body);
        bc.b.op(Opcode.LOAD_NONE, offset);
        bc.b.op(Opcode.RETURN, offset);
        define(index, bc.b.build(index, name, kind, scope.nparams, scope.slotNames(), offset));
        return index;
    }

    /** The code that computes a def's default values as a tuple, or -1. */
    private int defaults(DefDecl def) {
        List<Expr> values = new ArrayList<>();
        for (Param p : def.params()) {
            if (p.defaultValue() != null) {
                values.add(p.defaultValue());
            }
        }
        if (values.isEmpty()) {
            return -1;
        }
        int index = reserve();
        FunctionScope scope = res.scope(def.params().get(0));
        BodyCompiler bc = new BodyCompiler(this, scope, null);
        for (Expr v : values) {
            bc.exprs.compile(v);
        }
        bc.b.op(Opcode.BUILD_TUPLE, values.size(), def.offset());
        bc.b.op(Opcode.RETURN, def.offset());
        define(index, bc.b.build(index, def.name().name() + " defaults", CodeKind.CONST, 0, scope.slotNames(),
                def.offset()));
        return index;
    }

    private ActionInfo action(ActionDecl a) {
        int index = reserve();
        FunctionScope scope = res.scope(a);
        BodyCompiler bc = new BodyCompiler(this, scope, null);
        List<String> names = new ArrayList<>();
        int[] slots = new int[a.params().size()];
        int hoisted = GuardHoisting.hoistable(a, res);
        if (hoisted > 0) {
            a.params().forEach(p -> bc.exprs.checkDomain(p.domain()));
            bc.block(a.body().subList(0, hoisted));
        }
        for (int i = 0; i < slots.length; i++) {
            Binder binder = a.params().get(i);
            bc.exprs.oneOf(binder.domain(), binder.offset());
            slots[i] = res.binding(binder.name()).index();
            bc.b.op(Opcode.STORE_LOCAL, slots[i], binder.offset());
            names.add(binder.name().name());
        }
        bc.block(a.body().subList(hoisted, a.body().size()));
        bc.b.op(Opcode.END, a.offset());
        define(index, bc.b.build(index, a.name().name(), CodeKind.ACTION, scope.nparams, scope.slotNames(), a.offset()));
        return new ActionInfo(a.name().name(), index, names, slots, a.name().offset(), a.fairness());
    }

    private ProcessInfo process(ProcessDecl p, int decl) {
        int index = reserve();
        FunctionScope scope = res.scope(p);
        Map<String, LabelData> labelData = res.labels(p);
        BodyCompiler bc = new BodyCompiler(this, scope, labelData);
        List<Stmt> body = p.body();
        ProcedureCalls procedures = ProcedureCalls.of(this, body, scope, labelData.size());
        bc.procedures = procedures;
        int first = 0;
        while (first < body.size() && body.get(first) instanceof VarStmt v) {
            bc.exprs.compile(v.value());
            bc.b.op(Opcode.STORE_LOCAL, res.binding(v.name()).index(), v.offset());
            first++;
        }
        bc.block(body.subList(first, body.size()));
        bc.placeDone(p.offset());
        if (procedures != null) {
            procedures.compileBodies(bc);
        }
        Code code = bc.b.build(index, p.name().name(), CodeKind.PROCESS, 0, scope.slotNames(), p.offset());
        define(index, code);
        List<LabelInfo> labels = new ArrayList<>();
        for (LabelData l : labelData.values()) {
            boolean[] keep = processKeep(scope, code, procedures);
            keepLoopVars(keep, l, null, scope);
            labels.add(new LabelInfo(l.name(), bc.labelPc(l.name()), keep, l.offset()));
        }
        if (procedures != null) {
            for (ProcedureCalls.Block blk : procedures.blocks()) {
                for (LabelData l : blk.labels.values()) {
                    boolean[] keep = processKeep(scope, code, procedures);
                    blk.own.forEach(s -> keep[s] = true);
                    keepLoopVars(keep, l, blk, scope);
                    labels.add(new LabelInfo(l.name(), blk.body.labelPc(l.name()), keep, l.offset()));
                }
            }
        }
        String selfName = p.param() == null ? null : p.param().name().name();
        return new ProcessInfo(p.name().name(), p.fairness(), index, selfName, scope.selfSlot, List.copyOf(scope.varNames),
                scope.varSlots.stream().mapToInt(i -> i).toArray(), labels, p.name().offset());
    }

    /** The slots a paused process keeps at every label: self, its vars, its call stack. */
    private static boolean[] processKeep(FunctionScope scope, Code code, ProcedureCalls procedures) {
        boolean[] keep = new boolean[code.nlocals];
        for (int s : scope.varSlots) {
            keep[s] = true;
        }
        if (scope.selfSlot >= 0) {
            keep[scope.selfSlot] = true;
        }
        if (procedures != null) {
            keep[procedures.stackSlot] = true;
        }
        return keep;
    }

    /** Keeps the variables of the labelled {@code for} loops around a label (of a procedure {@code blk}, or the process). */
    private void keepLoopVars(boolean[] keep, LabelData l, ProcedureCalls.Block blk, FunctionScope scope) {
        for (ForStmt f : l.enclosing()) {
            List<Identifier> targets = new ArrayList<>();
            Resolver.targetNames(f.target(), targets);
            for (Identifier id : targets) {
                Binding b = res.binding(id);
                if (b.kind() == Binding.Kind.LOCAL) {
                    keep[blk == null ? b.index() : blk.slots.slot(b.index(), scope)] = true;
                }
            }
        }
    }

    /** The initialisation: var initialisers, the init block, then the process instances. */
    private int initCode(List<VarDecl> vars, InitDecl init, List<ProcessDecl> processes) {
        int index = reserve();
        FunctionScope scope = res.init;
        BodyCompiler bc = new BodyCompiler(this, scope, null);
        for (VarDecl v : vars) {
            bc.exprs.compile(v.value());
            bc.b.op(Opcode.STORE_GLOBAL, res.globals.indexOf(v.name().name()), v.offset());
        }
        if (init != null) {
            bc.block(init.body());
        }
        for (int p = 0; p < processes.size(); p++) {
            ProcessDecl decl = processes.get(p);
            if (decl.param() != null) {
                bc.exprs.compile(decl.param().domain());
            } else {
                bc.b.op(Opcode.LOAD_NONE, decl.offset());
                bc.b.op(Opcode.BUILD_LIST, 1, decl.offset());
            }
            bc.b.op(Opcode.SPAWN, p, decl.offset());
        }
        bc.b.op(Opcode.END, init != null ? init.offset() : 0);
        define(index, bc.b.build(index, "Init", CodeKind.INIT, 0, scope.slotNames(), init != null ? init.offset() : 0));
        return index;
    }
}
