package dev.ariadne.lang.compile;

import dev.ariadne.lang.resolve.Binding;
import dev.ariadne.lang.resolve.FunctionScope;
import dev.ariadne.lang.resolve.LabelData;
import dev.ariadne.lang.resolve.Resolver;
import dev.ariadne.lang.syntax.Argument;
import dev.ariadne.lang.syntax.CallExpr;
import dev.ariadne.lang.syntax.DefDecl;
import dev.ariadne.lang.syntax.EitherStmt;
import dev.ariadne.lang.syntax.Expr;
import dev.ariadne.lang.syntax.ExprStmt;
import dev.ariadne.lang.syntax.ForStmt;
import dev.ariadne.lang.syntax.Identifier;
import dev.ariadne.lang.syntax.IfStmt;
import dev.ariadne.lang.syntax.Stmt;
import dev.ariadne.lang.syntax.VarStmt;
import dev.ariadne.lang.syntax.WhileStmt;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The PlusCal procedures one process calls, compiled into the process's own code, as
 * PlusCal's translation does: each procedure's body follows the process body once, its
 * locals are slots of the process frame, its labels are labels of the process, and the
 * call stack is a hidden local holding a tuple of frame records (return address, the
 * caller's slots that a call must keep). A call saves those slots, passes the arguments
 * and jumps to the procedure; {@code return} jumps back and restores them. The state
 * stays one frame per instance, so the codec, the trail and the checks need nothing new.
 */
final class ProcedureCalls {
    /** One procedure compiled into this process. */
    static final class Block {
        final int def;
        final DefDecl decl;
        final FunctionScope scope;
        /** Where the procedure's slots live in the process frame. */
        final Inlining.Expansion slots;
        /** Its labels, numbered after the process's own. */
        final Map<String, LabelData> labels = new LinkedHashMap<>();
        /** Process slots of its parameters and vars: what a call from inside it saves. */
        final List<Integer> own = new ArrayList<>();
        int entry = -1;
        final List<Integer> pendingJumps = new ArrayList<>();
        BodyCompiler body;

        Block(int def, DefDecl decl, FunctionScope scope) {
            this.def = def;
            this.decl = decl;
            this.scope = scope;
            this.slots = new Inlining.Expansion(def, scope, null);
        }
    }

    private final Compiler c;
    private final FunctionScope process;
    /** The hidden local holding the call stack. */
    final int stackSlot;
    private final Map<Integer, Block> blocks;

    private ProcedureCalls(Compiler c, FunctionScope process, Map<Integer, Block> blocks) {
        this.c = c;
        this.process = process;
        this.blocks = blocks;
        this.stackSlot = process.newTemp("$calls");
    }

    /**
     * The procedures a process body calls, directly or through other procedures, with
     * their slots made in the process's scope; null if it calls none.
     */
    static ProcedureCalls of(Compiler c, List<Stmt> body, FunctionScope process, int processLabels) {
        Map<Integer, Block> found = new TreeMap<>();
        List<Block> todo = new ArrayList<>();
        collect(c, body, found, todo);
        while (!todo.isEmpty()) {
            collect(c, todo.remove(todo.size() - 1).decl.body(), found, todo);
        }
        if (found.isEmpty()) {
            return null;
        }
        ProcedureCalls calls = new ProcedureCalls(c, process, found);
        int nextLabel = processLabels;
        for (Block b : found.values()) {
            String[] names = b.scope.slotNames();
            int self = b.scope.local("self");
            for (int s = 0; s < names.length; s++) {
                if (s == self && b.decl.params().stream().noneMatch(p -> p.name().name().equals("self"))) {
                    b.slots.bind(s, process.selfSlot >= 0 ? process.selfSlot : process.newTemp("self"));
                } else {
                    b.slots.slot(s, process);
                }
            }
            for (int s = 0; s < b.scope.nparams; s++) {
                b.own.add(b.slots.slot(s, process));
            }
            for (int s : b.scope.varSlots) {
                b.own.add(b.slots.slot(s, process));
            }
            for (LabelData l : c.res.labels(b.decl).values()) {
                b.labels.put(l.name(), new LabelData(nextLabel++, l.name(), l.offset(), l.enclosing()));
            }
        }
        return calls;
    }

    /** The procedure a statement calls, or null. */
    private static DefDecl called(Compiler c, Expr e) {
        if (e instanceof CallExpr call && call.callee() instanceof Identifier id) {
            Binding b = c.res.binding(id);
            if (b.kind() == Binding.Kind.DEF) {
                return c.res.procedures[b.index()];
            }
        }
        return null;
    }

    private static void collect(Compiler c, List<Stmt> body, Map<Integer, Block> found, List<Block> todo) {
        for (Stmt s : body) {
            if (s instanceof ExprStmt e && called(c, e.expr()) != null) {
                DefDecl def = called(c, e.expr());
                int k = c.res.defs.indexOf(def.name().name());
                if (!found.containsKey(k)) {
                    Block b = new Block(k, def, c.res.scope(def));
                    found.put(k, b);
                    todo.add(b);
                }
            } else if (s instanceof IfStmt i) {
                collect(c, i.then(), found, todo);
                collect(c, i.orElse(), found, todo);
            } else if (s instanceof WhileStmt w) {
                collect(c, w.body(), found, todo);
            } else if (s instanceof ForStmt f) {
                collect(c, f.body(), found, todo);
            } else if (s instanceof EitherStmt e) {
                for (List<Stmt> b : e.branches()) {
                    collect(c, b, found, todo);
                }
            }
        }
    }

    /**
     * Compiles the statement {@code e} of {@code bc} if it calls a procedure: saves the
     * caller's slots on the call stack, passes the arguments, jumps to the procedure, and
     * at the return address restores the slots. False for any other statement.
     */
    boolean call(BodyCompiler bc, Expr e) {
        Block callee = calledBlock(e);
        if (callee == null) {
            return false;
        }
        CallExpr call = (CallExpr) e;
        CodeBuilder b = bc.b;
        List<Integer> saved = new ArrayList<>();
        if (bc.procedure != null) {
            saved.addAll(bc.procedure.own);
        }
        for (ForStmt f : bc.fors) {
            List<Identifier> targets = new ArrayList<>();
            Resolver.targetNames(f.target(), targets);
            for (Identifier id : targets) {
                Binding bind = c.res.binding(id);
                if (bind.kind() == Binding.Kind.LOCAL && !saved.contains(bc.exprs.slot(bind.index()))) {
                    saved.add(bc.exprs.slot(bind.index()));
                }
            }
        }
        int depth = b.sp();
        for (Argument a : call.args()) {
            bc.exprs.compile(a.value());
        }
        for (int s : saved) {
            b.op(Opcode.LOAD_LOCAL, s, call.offset());
        }
        b.op(Opcode.CALL_PROC, stackSlot, saved.size(), -1, call.offset());
        int ret = b.pc() - 1;
        enter(b, callee, call);
        b.patchHere(ret);
        b.setSp(depth + saved.size());
        for (int k = saved.size() - 1; k >= 0; k--) {
            b.op(Opcode.STORE_LOCAL, saved.get(k), call.offset());
        }
        return true;
    }

    /**
     * A call directly followed by {@code return} in a procedure, compiled as PlusCal does:
     * no frame record is pushed, the callee takes the place of this call (its own loops
     * closed), and its return goes straight back to this procedure's caller. False for a
     * statement that calls no procedure.
     */
    boolean tailCall(BodyCompiler bc, Expr e) {
        Block callee = calledBlock(e);
        if (callee == null) {
            return false;
        }
        CallExpr call = (CallExpr) e;
        CodeBuilder b = bc.b;
        int sp = b.sp();
        int iters = b.iters();
        for (Argument a : call.args()) {
            bc.exprs.compile(a.value());
        }
        for (int k = iters; k > 0; k--) {
            b.op(Opcode.ITER_POP, call.offset());
        }
        enter(b, callee, call);
        b.setIters(iters);
        b.setSp(sp);
        return true;
    }

    /** The block of the procedure that statement {@code e} calls, or null when it calls none. */
    private Block calledBlock(Expr e) {
        DefDecl def = called(c, e);
        return def == null ? null : blocks.get(c.res.defs.indexOf(def.name().name()));
    }

    /** Stores the arguments on the stack into the callee's parameters and jumps to its entry (patched once it is known). */
    private void enter(CodeBuilder b, Block callee, CallExpr call) {
        for (int p = call.args().size() - 1; p >= 0; p--) {
            b.op(Opcode.STORE_LOCAL, callee.slots.slot(p, process), call.offset());
        }
        int jump = b.jump(Opcode.JUMP, call.offset());
        if (callee.entry >= 0) {
            b.patch(jump, callee.entry);
        } else {
            callee.pendingJumps.add(jump);
        }
    }

    /** {@code return} in a procedure: closes its open loops and goes back to the caller. */
    void returnFrom(BodyCompiler bc, int offset) {
        CodeBuilder b = bc.b;
        int iters = b.iters();
        int sp = b.sp();
        for (int k = iters; k > 0; k--) {
            b.op(Opcode.ITER_POP, offset);
        }
        b.op(Opcode.RETURN_PROC, stackSlot, offset);
        b.setIters(iters);
        b.setSp(sp);
    }

    /**
     * Compiles every procedure's body after the process's (its {@code Done}), each ending
     * in an implicit {@code return}; their labels are numbered after the process's.
     */
    void compileBodies(BodyCompiler processBody) {
        CodeBuilder b = processBody.b;
        for (Block blk : blocks.values()) {
            BodyCompiler bc = new BodyCompiler(c, process, blk.labels, b);
            bc.exprs.mapSlots(blk.slots);
            bc.procedures = this;
            bc.procedure = blk;
            blk.body = bc;
            b.setSp(0);
            b.setIters(0);
            int start = b.pc();
            blk.entry = start;
            for (int j : blk.pendingJumps) {
                b.patch(j, start);
            }
            List<Stmt> body = blk.decl.body();
            int first = 0;
            while (first < body.size() && body.get(first) instanceof VarStmt v) {
                bc.exprs.compile(v.value());
                bc.store(v.name(), v.offset());
                first++;
            }
            bc.block(body.subList(first, body.size()));
            returnFrom(bc, blk.decl.offset());
            bc.patchGotos(start);
            b.expanded(start, blk.decl.name().name() + "()", blk.decl.offset());
        }
    }

    /** Every procedure compiled here, in def order. */
    Iterable<Block> blocks() {
        return blocks.values();
    }
}
