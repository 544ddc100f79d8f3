package dev.ariadne.lang.compile;

import dev.ariadne.lang.resolve.Binding;
import dev.ariadne.lang.resolve.FunctionScope;
import dev.ariadne.lang.resolve.LabelData;
import dev.ariadne.lang.syntax.AssertStmt;
import dev.ariadne.lang.syntax.AssignStmt;
import dev.ariadne.lang.syntax.AttrExpr;
import dev.ariadne.lang.syntax.AugAssignStmt;
import dev.ariadne.lang.syntax.AwaitStmt;
import dev.ariadne.lang.syntax.BreakStmt;
import dev.ariadne.lang.syntax.ContinueStmt;
import dev.ariadne.lang.syntax.EitherStmt;
import dev.ariadne.lang.syntax.Expr;
import dev.ariadne.lang.syntax.ExprStmt;
import dev.ariadne.lang.syntax.ForStmt;
import dev.ariadne.lang.syntax.GotoStmt;
import dev.ariadne.lang.syntax.Identifier;
import dev.ariadne.lang.syntax.IfStmt;
import dev.ariadne.lang.syntax.IndexExpr;
import dev.ariadne.lang.syntax.LabelStmt;
import dev.ariadne.lang.syntax.ListExpr;
import dev.ariadne.lang.syntax.PassStmt;
import dev.ariadne.lang.syntax.ReturnStmt;
import dev.ariadne.lang.syntax.Stmt;
import dev.ariadne.lang.syntax.StmtVisitor;
import dev.ariadne.lang.syntax.TupleExpr;
import dev.ariadne.lang.syntax.VarStmt;
import dev.ariadne.lang.syntax.WhileStmt;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Compiles the statements of one body into a {@link CodeBuilder}: control flow,
 * assignments, the modelling statements ({@code await}, {@code either}, {@code label},
 * {@code goto}) and PlusCal's labelled loops.
 */
final class BodyCompiler implements StmtVisitor<Void> {
    final Compiler c;
    final CodeBuilder b;
    final FunctionScope scope;
    final ExprCompiler exprs;
    /** The process's labels, or null outside a process. */
    private final Map<String, LabelData> labels;
    private final Map<String, Integer> labelPcs = new HashMap<>();
    /** Jumps to labels not placed yet: operand position and label ("Done" for the end). */
    private final List<Object[]> pendingGotos = new ArrayList<>();
    private final Deque<Loop> loops = new ArrayDeque<>();
    /** The {@code for} loops around the statement being compiled, innermost first (a procedure call saves their variables). */
    final Deque<ForStmt> fors = new ArrayDeque<>();
    /** The procedures the process calls, or null; and the procedure this body is, or null. */
    ProcedureCalls procedures;
    ProcedureCalls.Block procedure;

    /** An enclosing loop: where {@code continue} goes and the {@code break} jumps to patch. */
    private static final class Loop {
        final int head;
        final List<Integer> breaks = new ArrayList<>();

        Loop(int head) {
            this.head = head;
        }
    }

    BodyCompiler(Compiler c, FunctionScope scope, Map<String, LabelData> labels) {
        this(c, scope, labels, new CodeBuilder());
    }

    /** A body compiled into an existing builder: a procedure's, into the code of a process that calls it. */
    BodyCompiler(Compiler c, FunctionScope scope, Map<String, LabelData> labels, CodeBuilder b) {
        this.b = b;
        this.c = c;
        this.scope = scope;
        this.labels = labels;
        this.exprs = new ExprCompiler(this);
    }

    void block(List<Stmt> body) {
        for (int i = 0; i < body.size(); i++) {
            Stmt s = body.get(i);
            if (s instanceof LabelStmt l && i + 1 < body.size() && body.get(i + 1) instanceof WhileStmt w) {
                visitLabelStmt(l);
                whileLoop(w, labelPcs.get(l.name().name()));
                i++;
            } else if (procedure != null && s instanceof ExprStmt e && i + 1 < body.size()
                    && body.get(i + 1) instanceof ReturnStmt && procedures.tailCall(this, e.expr())) {
                i++; // PlusCal's 'call P(...); return': the callee returns straight to this procedure's caller
            } else {
                s.accept(this);
            }
        }
    }

    /** The pc of a placed label. */
    int labelPc(String name) {
        return labelPcs.get(name);
    }

    /** Places the end of a process body (the implicit label Done) and patches every goto. */
    void placeDone(int offset) {
        int done = b.pc();
        b.op(Opcode.DONE, offset);
        patchGotos(done);
    }

    /** Patches every goto ({@code Done} goes to {@code done}). */
    void patchGotos(int done) {
        for (Object[] g : pendingGotos) {
            String name = (String) g[1];
            Integer target = name.equals("Done") ? Integer.valueOf(done) : labelPcs.get(name);
            b.patch((Integer) g[0], target == null ? done : target);
        }
    }

    @Override
    public Void visitExprStmt(ExprStmt s) {
        if (procedures != null && procedures.call(this, s.expr())) {
            return null;
        }
        exprs.compile(s.expr());
        b.op(Opcode.POP, s.offset());
        return null;
    }

    @Override
    public Void visitAssignStmt(AssignStmt s) {
        exprs.compile(s.value());
        List<Expr> targets = s.targets();
        for (int i = 0; i < targets.size(); i++) {
            if (i < targets.size() - 1) {
                b.op(Opcode.DUP, s.offset());
            }
            store(targets.get(i), s.offset());
        }
        return null;
    }

    /**
     * The head of a loop: the iterator's next element into {@code target}, or a jump when
     * it is exhausted; returns the jump's operand position, to patch with the exit.
     */
    int nextInto(Expr target, int offset) {
        if (target instanceof Identifier id && c.res.binding(id).kind() == Binding.Kind.LOCAL) {
            b.op(Opcode.ITER_NEXT_LOCAL, exprs.slot(c.res.binding(id).index()), -1, offset);
            return b.pc() - 1;
        }
        int exit = b.jump(Opcode.ITER_NEXT, offset);
        store(target, offset);
        return exit;
    }

    /** Stores the value on top of the stack into a target. */
    void store(Expr target, int offset) {
        if (target instanceof Identifier id) {
            Binding bind = c.res.binding(id);
            if (bind.kind() == Binding.Kind.GLOBAL) {
                b.op(Opcode.STORE_GLOBAL, bind.index(), id.offset());
            } else {
                b.op(Opcode.STORE_LOCAL, exprs.slot(bind.index()), id.offset());
            }
        } else if (target instanceof TupleExpr || target instanceof ListExpr) {
            List<Expr> items = target instanceof TupleExpr t ? t.items() : ((ListExpr) target).items();
            b.op(Opcode.UNPACK, items.size(), target.offset());
            for (Expr item : items) {
                store(item, offset);
            }
        } else if (target instanceof IndexExpr ix) {
            exprs.compile(ix.target());
            exprs.compile(ix.index());
            b.op(Opcode.STORE_INDEX, ix.offset());
        } else if (target instanceof AttrExpr a) {
            exprs.compile(a.target());
            b.op(Opcode.STORE_ATTR, c.literals.string(a.name().name()), a.offset());
        }
    }

    @Override
    public Void visitAugAssignStmt(AugAssignStmt s) {
        int op = ExprCompiler.binaryOp(s.op());
        Expr t = s.target();
        if (t instanceof Identifier id) {
            exprs.compile(id);
            exprs.compile(s.value());
            b.op(Opcode.INPLACE, op, s.offset());
            store(id, s.offset());
        } else if (t instanceof IndexExpr ix) {
            exprs.compile(ix.target());
            exprs.compile(ix.index());
            b.op(Opcode.DUP2, s.offset());
            b.op(Opcode.INDEX, ix.offset());
            exprs.compile(s.value());
            b.op(Opcode.INPLACE, op, s.offset());
            b.op(Opcode.ROT3, s.offset());
            b.op(Opcode.STORE_INDEX, ix.offset());
        } else if (t instanceof AttrExpr a) {
            int name = c.literals.string(a.name().name());
            exprs.compile(a.target());
            b.op(Opcode.DUP, s.offset());
            b.op(Opcode.ATTR, name, a.offset());
            exprs.compile(s.value());
            b.op(Opcode.INPLACE, op, s.offset());
            b.op(Opcode.SWAP, s.offset());
            b.op(Opcode.STORE_ATTR, name, a.offset());
        }
        return null;
    }

    @Override
    public Void visitVarStmt(VarStmt s) {
        return null; // refused by the resolver
    }

    @Override
    public Void visitIfStmt(IfStmt s) {
        exprs.compile(s.cond());
        int toElse = b.jump(Opcode.JUMP_IF_FALSE, s.offset());
        block(s.then());
        if (s.orElse().isEmpty()) {
            b.patchHere(toElse);
        } else {
            int toEnd = b.jump(Opcode.JUMP, s.offset());
            b.patchHere(toElse);
            block(s.orElse());
            b.patchHere(toEnd);
        }
        return null;
    }

    @Override
    public Void visitWhileStmt(WhileStmt s) {
        whileLoop(s, -1);
        return null;
    }

    /** A while loop; a labelled one ({@code labelPc >= 0}) loops back to its label, ending the step. */
    private void whileLoop(WhileStmt s, int labelPc) {
        int head = labelPc >= 0 ? labelPc : b.pc();
        exprs.compile(s.cond());
        int exit = b.jump(Opcode.JUMP_IF_FALSE, s.offset());
        Loop loop = new Loop(head);
        loops.push(loop);
        block(s.body());
        loops.pop();
        close(loop, exit, s.offset());
    }

    /** The back edge of a loop, then where its exit and its breaks land. */
    private void close(Loop loop, int exit, int offset) {
        b.jumpTo(Opcode.JUMP, loop.head, offset);
        b.patchHere(exit);
        for (int br : loop.breaks) {
            b.patchHere(br);
        }
    }

    @Override
    public Void visitForStmt(ForStmt s) {
        exprs.iterate(s.iterable(), s.offset());
        int head = b.pc();
        int exit = nextInto(s.target(), s.offset());
        Loop loop = new Loop(head);
        loops.push(loop);
        fors.push(s);
        block(s.body());
        fors.pop();
        loops.pop();
        close(loop, exit, s.offset());
        b.op(Opcode.ITER_POP, s.offset());
        return null;
    }

    @Override
    public Void visitBreakStmt(BreakStmt s) {
        if (!loops.isEmpty()) {
            loops.peek().breaks.add(b.jump(Opcode.JUMP, s.offset()));
        }
        return null;
    }

    @Override
    public Void visitContinueStmt(ContinueStmt s) {
        if (!loops.isEmpty()) {
            b.jumpTo(Opcode.JUMP, loops.peek().head, s.offset());
        }
        return null;
    }

    @Override
    public Void visitPassStmt(PassStmt s) {
        return null;
    }

    @Override
    public Void visitReturnStmt(ReturnStmt s) {
        if (procedure != null) {
            procedures.returnFrom(this, s.offset());
            return null;
        }
        if (s.value() != null) {
            exprs.compile(s.value());
        } else {
            b.op(Opcode.LOAD_NONE, s.offset());
        }
        b.op(Opcode.RETURN, s.offset());
        return null;
    }

    @Override
    public Void visitAssertStmt(AssertStmt s) {
        exprs.compile(s.cond());
        int ok = b.jump(Opcode.JUMP_IF_TRUE, s.offset());
        int depth = b.sp();
        if (s.message() != null) {
            exprs.compile(s.message());
            b.op(Opcode.ASSERT, 1, s.offset());
        } else {
            b.op(Opcode.ASSERT, 0, s.offset());
        }
        b.setSp(depth);
        b.patchHere(ok);
        return null;
    }

    @Override
    public Void visitAwaitStmt(AwaitStmt s) {
        exprs.compile(s.cond());
        b.op(Opcode.AWAIT, s.offset());
        return null;
    }

    @Override
    public Void visitEitherStmt(EitherStmt s) {
        int n = s.branches().size();
        int[] slots = b.either(n, s.offset());
        List<Integer> ends = new ArrayList<>();
        int iters = b.iters();
        for (int i = 0; i < n; i++) {
            b.patchHere(slots[i]);
            b.setIters(iters);
            block(s.branches().get(i));
            if (i < n - 1) {
                ends.add(b.jump(Opcode.JUMP, s.offset()));
            }
        }
        for (int e : ends) {
            b.patchHere(e);
        }
        return null;
    }

    @Override
    public Void visitLabelStmt(LabelStmt s) {
        LabelData l = labels == null ? null : labels.get(s.name().name());
        if (l != null) {
            labelPcs.put(l.name(), b.pc());
            b.op(Opcode.LABEL, l.index(), s.offset());
        }
        return null;
    }

    @Override
    public Void visitGotoStmt(GotoStmt s) {
        String name = s.name().name();
        int keep = name.equals("Done") || labels == null || !labels.containsKey(name)
                ? 0 : labels.get(name).enclosing().size();
        int iters = b.iters();
        for (int k = iters; k > keep; k--) {
            b.op(Opcode.ITER_POP, s.offset());
        }
        pendingGotos.add(new Object[] {b.jump(Opcode.JUMP, s.offset()), name});
        b.setIters(iters);
        return null;
    }
}
