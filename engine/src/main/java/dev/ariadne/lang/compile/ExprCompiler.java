package dev.ariadne.lang.compile;

import dev.ariadne.lang.resolve.Builtin;
import dev.ariadne.lang.resolve.CodeKind;
import dev.ariadne.lang.resolve.Binding;
import dev.ariadne.lang.resolve.FunctionScope;
import dev.ariadne.lang.syntax.Argument;
import dev.ariadne.lang.syntax.AttrExpr;
import dev.ariadne.lang.syntax.BinaryExpr;
import dev.ariadne.lang.syntax.BinaryOp;
import dev.ariadne.lang.syntax.BoolLiteral;
import dev.ariadne.lang.syntax.BoolOpExpr;
import dev.ariadne.lang.syntax.CallExpr;
import dev.ariadne.lang.syntax.CompClause;
import dev.ariadne.lang.syntax.CompareExpr;
import dev.ariadne.lang.syntax.CompareOp;
import dev.ariadne.lang.syntax.Comparison;
import dev.ariadne.lang.syntax.ComprehensionExpr;
import dev.ariadne.lang.syntax.CondExpr;
import dev.ariadne.lang.syntax.DictEntry;
import dev.ariadne.lang.syntax.DefDecl;
import dev.ariadne.lang.syntax.DictExpr;
import dev.ariadne.lang.syntax.Expr;
import dev.ariadne.lang.syntax.ExprVisitor;
import dev.ariadne.lang.syntax.FStringExpr;
import dev.ariadne.lang.syntax.ForClause;
import dev.ariadne.lang.syntax.FormattedValue;
import dev.ariadne.lang.syntax.Identifier;
import dev.ariadne.lang.syntax.IfClause;
import dev.ariadne.lang.syntax.IndexExpr;
import dev.ariadne.lang.syntax.IntLiteral;
import dev.ariadne.lang.syntax.LambdaExpr;
import dev.ariadne.lang.syntax.ListExpr;
import dev.ariadne.lang.syntax.NoneLiteral;
import dev.ariadne.lang.syntax.NotExpr;
import dev.ariadne.lang.syntax.OneOfExpr;
import dev.ariadne.lang.syntax.Param;
import dev.ariadne.lang.syntax.SetExpr;
import dev.ariadne.lang.syntax.SliceExpr;
import dev.ariadne.lang.syntax.StringLiteral;
import dev.ariadne.lang.syntax.TupleExpr;
import dev.ariadne.lang.syntax.UnaryExpr;
import dev.ariadne.lang.syntax.UnaryOp;
import dev.ariadne.value.TupleV;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;

/** Compiles expressions: each leaves exactly one value on the operand stack. */
final class ExprCompiler implements ExprVisitor<Void> {
    private final BodyCompiler body;
    private final CodeBuilder b;
    private final Compiler c;
    /** The def whose call is being expanded in place, or null ({@link Inlining}). */
    private Inlining.Expansion expansion;

    ExprCompiler(BodyCompiler body) {
        this.body = body;
        this.b = body.b;
        this.c = body.c;
    }

    /** Compiles a procedure's body into a process's code: the procedure's locals live in the process's slots. */
    void mapSlots(Inlining.Expansion slots) {
        this.expansion = slots;
    }

    void compile(Expr e) {
        e.accept(this);
    }

    static int binaryOp(BinaryOp op) {
        return switch (op) {
            case ADD -> Opcode.ADD;
            case SUB -> Opcode.SUB;
            case MUL -> Opcode.MUL;
            case FLOORDIV -> Opcode.FLOORDIV;
            case MOD -> Opcode.MOD;
            case POW -> Opcode.POW;
            case BITOR -> Opcode.BITOR;
            case BITAND -> Opcode.BITAND;
            case BITXOR -> Opcode.BITXOR;
        };
    }

    private static int compareOp(CompareOp op) {
        return switch (op) {
            case EQ -> Opcode.EQ;
            case NE -> Opcode.NE;
            case LT -> Opcode.LT;
            case LE -> Opcode.LE;
            case GT -> Opcode.GT;
            case GE -> Opcode.GE;
            case IN -> Opcode.IN;
            case NOT_IN -> Opcode.NOT_IN;
            case IS -> Opcode.IS;
            case IS_NOT -> Opcode.IS_NOT;
        };
    }

    /** Loads a binding's value. */
    void load(Binding bind, int offset) {
        int op = switch (bind.kind()) {
            case LOCAL -> Opcode.LOAD_LOCAL;
            case CAPTURED -> Opcode.LOAD_CAPTURED;
            case GLOBAL -> Opcode.LOAD_GLOBAL;
            case CONST -> Opcode.LOAD_CONST;
            case DEF -> Opcode.LOAD_FUNC;
            case BUILTIN -> Opcode.LOAD_BUILTIN;
            case PROCESS -> throw new IllegalStateException("a process is not a value: the resolver allows it only in P.x");
        };
        b.op(op, bind.kind() == Binding.Kind.LOCAL ? slot(bind.index()) : bind.index(), offset);
    }

    /** The frame slot of a local: inside an expansion, the def's local lives in a slot of the caller. */
    int slot(int local) {
        return expansion == null ? local : expansion.slot(local, body.scope);
    }

    @Override
    public Void visitIdentifier(Identifier e) {
        load(c.res.binding(e), e.offset());
        return null;
    }

    @Override
    public Void visitIntLiteral(IntLiteral e) {
        int literal = literal(e);
        if (literal >= 0) {
            b.op(Opcode.LOAD_LIT, literal, e.offset());
        } else {
            b.op(Opcode.LOAD_INT, (int) e.value(), e.offset());
        }
        return null;
    }

    @Override
    public Void visitStringLiteral(StringLiteral e) {
        b.op(Opcode.LOAD_LIT, literal(e), e.offset());
        return null;
    }

    @Override
    public Void visitBoolLiteral(BoolLiteral e) {
        b.op(e.value() ? Opcode.LOAD_TRUE : Opcode.LOAD_FALSE, e.offset());
        return null;
    }

    @Override
    public Void visitNoneLiteral(NoneLiteral e) {
        b.op(Opcode.LOAD_NONE, e.offset());
        return null;
    }

    @Override
    public Void visitFStringExpr(FStringExpr e) {
        for (Expr part : e.parts()) {
            compile(part);
        }
        b.op(Opcode.BUILD_STRING, e.parts().size(), e.offset());
        return null;
    }

    @Override
    public Void visitFormattedValue(FormattedValue e) {
        compile(e.value());
        int conv = e.conversion();
        if (e.spec() != null && !e.spec().isEmpty()) {
            b.op(Opcode.LOAD_LIT, c.literals.string(e.spec()), e.offset());
            b.op(Opcode.FORMAT_SPEC, conv, e.offset());
        } else {
            b.op(Opcode.FORMAT, conv, e.offset());
        }
        return null;
    }

    @Override
    public Void visitBinaryExpr(BinaryExpr e) {
        compile(e.left());
        compile(e.right());
        b.op(Opcode.BINARY, binaryOp(e.op()), e.offset());
        return null;
    }

    @Override
    public Void visitUnaryExpr(UnaryExpr e) {
        compile(e.operand());
        int op = e.op() == UnaryOp.NEG ? Opcode.NEG : e.op() == UnaryOp.POS ? Opcode.POS : Opcode.INVERT;
        b.op(Opcode.UNARY, op, e.offset());
        return null;
    }

    @Override
    public Void visitNotExpr(NotExpr e) {
        compile(e.operand());
        b.op(Opcode.UNARY, Opcode.NOT, e.offset());
        return null;
    }

    @Override
    public Void visitBoolOpExpr(BoolOpExpr e) {
        compile(e.left());
        int end = b.jump(e.and() ? Opcode.JUMP_IF_FALSE_OR_POP : Opcode.JUMP_IF_TRUE_OR_POP, e.offset());
        compile(e.right());
        b.patchHere(end);
        return null;
    }

    /**
     * The number in the literal pool of {@code e} when the pool holds its value: a string, an
     * int too large for LOAD_INT's operand, or a tuple of literals; -1 for any other expression.
     */
    private int literal(Expr e) {
        if (e instanceof StringLiteral str) {
            return c.literals.string(str.value());
        }
        if (e instanceof IntLiteral i && (i.value() < Integer.MIN_VALUE || i.value() > Integer.MAX_VALUE)) {
            return c.literals.integer(i.value());
        }
        if (e instanceof TupleExpr t && ConstantFolder.fold(t) instanceof TupleV tuple) {
            return c.literals.tuple(tuple);
        }
        return -1;
    }

    /** An operand of a comparison {@code op}: computed once per machine when it is a constant call ({@link OnceValues}). */
    private void operand(Expr e, CompareOp op) {
        if (op == CompareOp.IS || op == CompareOp.IS_NOT || !OnceValues.worthKeeping(e, c.res)) {
            compile(e);
            return;
        }
        int k = c.newOnce();
        b.op(Opcode.ONCE, k, -1, e.offset());
        int end = b.pc() - 1;
        compile(e);
        b.op(Opcode.STORE_ONCE, k, e.offset());
        b.patchHere(end);
    }

    @Override
    public Void visitCompareExpr(CompareExpr e) {
        List<Comparison> rest = e.rest();
        if (rest.size() == 1) {
            Comparison only = rest.get(0);
            operand(e.first(), only.op());
            List<Expr> range = only.op() == CompareOp.IN || only.op() == CompareOp.NOT_IN ? rangeArgs(only.right()) : null;
            if (range != null) {
                range.forEach(this::compile);
                b.op(Opcode.IN_RANGE, range.size(), only.offset());
                if (only.op() == CompareOp.NOT_IN) {
                    b.op(Opcode.UNARY, Opcode.NOT, only.offset());
                }
                return null;
            }
            int literal = literal(only.right());
            if (literal >= 0) {
                b.op(Opcode.COMPARE_LIT, compareOp(only.op()), literal, only.offset());
                return null;
            }
            operand(only.right(), only.op());
            b.op(Opcode.COMPARE, compareOp(only.op()), only.offset());
            return null;
        }
        // a < b < c: keep b for the next test; leave the first false result.
        compile(e.first());
        int depth = b.sp();
        List<Integer> cleanups = new ArrayList<>();
        for (int i = 0; i < rest.size() - 1; i++) {
            Comparison cmp = rest.get(i);
            compile(cmp.right());
            b.op(Opcode.DUP, cmp.offset());
            b.op(Opcode.ROT3, cmp.offset());
            b.op(Opcode.COMPARE, compareOp(cmp.op()), cmp.offset());
            cleanups.add(b.jump(Opcode.JUMP_IF_FALSE_OR_POP, cmp.offset()));
        }
        Comparison last = rest.get(rest.size() - 1);
        operand(last.right(), last.op());
        b.op(Opcode.COMPARE, compareOp(last.op()), last.offset());
        int end = b.jump(Opcode.JUMP, last.offset());
        for (int cl : cleanups) {
            b.patchHere(cl);
        }
        b.setSp(depth + 1);
        b.op(Opcode.SWAP, last.offset());
        b.op(Opcode.POP, last.offset());
        b.patchHere(end);
        b.setSp(depth);
        return null;
    }

    @Override
    public Void visitCondExpr(CondExpr e) {
        compile(e.cond());
        int toElse = b.jump(Opcode.JUMP_IF_FALSE, e.offset());
        int depth = b.sp();
        compile(e.then());
        int toEnd = b.jump(Opcode.JUMP, e.offset());
        b.setSp(depth);
        b.patchHere(toElse);
        compile(e.orElse());
        b.patchHere(toEnd);
        return null;
    }

    @Override
    public Void visitLambdaExpr(LambdaExpr e) {
        int nd = 0;
        for (Param p : e.params()) {
            if (p.defaultValue() != null) {
                compile(p.defaultValue());
                nd++;
            }
        }
        FunctionScope scope = c.res.scope(e);
        int index = c.reserve();
        BodyCompiler inner = new BodyCompiler(c, scope, null);
        inner.exprs.compile(e.body());
        inner.b.op(Opcode.RETURN, e.offset());
        c.define(index, inner.b.build(index, "lambda", CodeKind.LAMBDA, scope.nparams, scope.slotNames(), e.offset()));
        for (Binding from : scope.capturedFrom()) {
            load(from, e.offset());
        }
        b.op(Opcode.MAKE_LAMBDA, index, nd, scope.capturedFrom().size(), e.offset());
        return null;
    }

    @Override
    public Void visitCallExpr(CallExpr e) {
        List<Argument> args = e.args();
        if (args.size() == 1 && args.get(0).name() == null
                && args.get(0).value() instanceof ComprehensionExpr g
                && g.kind() == ComprehensionExpr.Kind.GENERATOR
                && e.callee() instanceof Identifier id) {
            Binding bind = c.res.binding(id);
            if (bind.kind() == Binding.Kind.BUILTIN
                    && (bind.index() == Builtin.ANY.ordinal() || bind.index() == Builtin.ALL.ordinal())) {
                shortCircuit(g, bind.index() == Builtin.ANY.ordinal());
                return null;
            }
        }
        if (e.callee() instanceof Identifier id && (expand(e, id) || processLabel(e, id))) {
            return null;
        }
        List<String> keywords = new ArrayList<>();
        if (e.callee() instanceof AttrExpr a && c.res.processVar(a) < 0) {
            compile(a.target());
            arguments(args, keywords);
            int name = c.literals.string(a.name().name());
            if (keywords.isEmpty()) {
                b.op(Opcode.CALL_METHOD, name, args.size(), e.offset());
            } else {
                b.op(Opcode.CALL_METHOD_KW, name, args.size(), c.literals.names(keywords), e.offset());
            }
            return null;
        }
        compile(e.callee());
        arguments(args, keywords);
        if (keywords.isEmpty()) {
            b.op(Opcode.CALL, args.size(), e.offset());
        } else {
            b.op(Opcode.CALL_KW, args.size(), c.literals.names(keywords), e.offset());
        }
        return null;
    }

    /**
     * Expands a call of a def in place (see {@link Inlining}): its arguments, left to right,
     * into fresh slots, then the expression it returns. False if it must stay a call: a def
     * that is not expandable, keyword or missing arguments (the call reports them), a
     * recursive call, or the limits of {@link Inlining#MAX_DEPTH} and {@link Inlining#MAX_CODE}.
     */
    private boolean expand(CallExpr e, Identifier callee) {
        Binding bind = c.res.binding(callee);
        if (bind.kind() != Binding.Kind.DEF || !Inlining.expandsIn(body.scope.kind)) {
            return false;
        }
        DefDecl def = c.expandable(bind.index());
        if (def == null || def.params().size() != e.args().size() || b.pc() >= Inlining.MAX_CODE
                || (expansion != null && expansion.keepsCallTo(bind.index()))) {
            return false;
        }
        for (Argument a : e.args()) {
            if (a.name() != null || a.value() instanceof ComprehensionExpr g && g.kind() == ComprehensionExpr.Kind.GENERATOR) {
                return false;
            }
        }
        e.args().forEach(a -> compile(a.value()));
        Inlining.Expansion inner = new Inlining.Expansion(bind.index(), c.res.scope(def), expansion);
        for (int p = e.args().size() - 1; p >= 0; p--) {
            b.op(Opcode.STORE_LOCAL, inner.slot(p, body.scope), e.offset());
        }
        Inlining.Expansion outer = expansion;
        expansion = inner;
        int start = b.pc();
        compile(Inlining.returned(def));
        expansion = outer;
        b.expanded(start, def.name().name() + "()", e.offset());
        return true;
    }

    /** {@code pc("Name")} or {@code pc("Name", self)} of a declared process: PROC_LABEL, without looking the name up. */
    private boolean processLabel(CallExpr e, Identifier callee) {
        Binding bind = c.res.binding(callee);
        List<Argument> args = e.args();
        if (bind.kind() != Binding.Kind.BUILTIN || bind.index() != Builtin.PC.ordinal()
                || args.isEmpty() || args.size() > 2 || args.stream().anyMatch(a -> a.name() != null)
                || !(args.get(0).value() instanceof StringLiteral name) || c.processDecl(name.value()) < 0
                || args.size() == 2 && args.get(1).value() instanceof ComprehensionExpr) {
            return false;
        }
        if (args.size() == 2) {
            compile(args.get(1).value());
        }
        b.op(Opcode.PROC_LABEL, c.processDecl(name.value()), args.size() - 1, e.offset());
        return true;
    }

    private void arguments(List<Argument> args, List<String> keywords) {
        for (Argument a : args) {
            compile(a.value());
            if (a.name() != null) {
                keywords.add(a.name());
            }
        }
    }

    @Override
    public Void visitIndexExpr(IndexExpr e) {
        compile(e.target());
        compile(e.index());
        b.op(Opcode.INDEX, e.offset());
        return null;
    }

    @Override
    public Void visitSliceExpr(SliceExpr e) {
        compile(e.target());
        for (Expr part : new Expr[] {e.lo(), e.hi(), e.step()}) {
            if (part == null) {
                b.op(Opcode.LOAD_NONE, e.offset());
            } else {
                compile(part);
            }
        }
        b.op(Opcode.SLICE, e.offset());
        return null;
    }

    @Override
    public Void visitAttrExpr(AttrExpr e) {
        int var = c.res.processVar(e);
        if (var >= 0) {
            boolean indexed = e.target() instanceof IndexExpr;
            Identifier process = (Identifier) (indexed ? ((IndexExpr) e.target()).target() : e.target());
            if (indexed) {
                compile(((IndexExpr) e.target()).index());
            }
            b.op(Opcode.PROC_VAR, c.res.binding(process).index(), indexed ? 1 : 0, var, e.offset());
            return null;
        }
        compile(e.target());
        b.op(Opcode.ATTR, c.literals.string(e.name().name()), e.offset());
        return null;
    }

    @Override
    public Void visitTupleExpr(TupleExpr e) {
        int literal = literal(e);
        if (literal >= 0) {
            b.op(Opcode.LOAD_LIT, literal, e.offset());
            return null;
        }
        e.items().forEach(this::compile);
        b.op(Opcode.BUILD_TUPLE, e.items().size(), e.offset());
        return null;
    }

    @Override
    public Void visitListExpr(ListExpr e) {
        e.items().forEach(this::compile);
        b.op(Opcode.BUILD_LIST, e.items().size(), e.offset());
        return null;
    }

    @Override
    public Void visitSetExpr(SetExpr e) {
        e.items().forEach(this::compile);
        b.op(Opcode.BUILD_SET, e.items().size(), e.offset());
        return null;
    }

    @Override
    public Void visitDictExpr(DictExpr e) {
        for (DictEntry d : e.entries()) {
            compile(d.key());
            compile(d.value());
        }
        b.op(Opcode.BUILD_DICT, e.entries().size(), e.offset());
        return null;
    }

    @Override
    public Void visitOneOfExpr(OneOfExpr e) {
        oneOf(e.collection(), e.offset());
        return null;
    }

    /** {@code oneof(xs)}; over {@code range(...)} without building the list. */
    void oneOf(Expr collection, int offset) {
        int n = domain(collection);
        if (n > 0) {
            b.op(Opcode.ONEOF_RANGE, n, collection.offset());
        } else {
            b.op(Opcode.ONEOF, offset);
        }
    }

    /** What {@code oneof(collection)} would check of it, without choosing: see {@link Opcode#CHECK_DOMAIN}. */
    void checkDomain(Expr collection) {
        b.op(Opcode.CHECK_DOMAIN, domain(collection), collection.offset());
    }

    /** Pushes a domain of choice: the arguments of {@code range(...)} (returns their number), else the collection (0). */
    private int domain(Expr collection) {
        List<Expr> args = rangeArgs(collection);
        if (args == null) {
            compile(collection);
            return 0;
        }
        args.forEach(this::compile);
        return args.size();
    }

    /** Starts iterating {@code iterable}; over {@code range(...)} without building the list. */
    void iterate(Expr iterable, int offset) {
        List<Expr> args = rangeArgs(iterable);
        if (args != null) {
            args.forEach(this::compile);
            b.op(Opcode.ITER_PUSH_RANGE, args.size(), iterable.offset());
        } else {
            compile(iterable);
            b.op(Opcode.ITER_PUSH, offset);
        }
    }

    /** The arguments of a call of the builtin {@code range} (not shadowed) with one to three positional arguments, or null. */
    private List<Expr> rangeArgs(Expr e) {
        if (!(e instanceof CallExpr call) || !(call.callee() instanceof Identifier id)) {
            return null;
        }
        Binding bind = c.res.binding(id);
        if (bind.kind() != Binding.Kind.BUILTIN || bind.index() != Builtin.RANGE.ordinal()
                || call.args().isEmpty() || call.args().size() > 3) {
            return null;
        }
        List<Expr> args = new ArrayList<>();
        for (Argument a : call.args()) {
            if (a.name() != null || a.value() instanceof ComprehensionExpr) {
                return null;
            }
            args.add(a.value());
        }
        return args;
    }

    @Override
    public Void visitComprehensionExpr(ComprehensionExpr e) {
        int acc = body.scope.newTemp("$acc");
        int build = switch (e.kind()) {
            case SET -> Opcode.BUILD_SET;
            case DICT -> Opcode.BUILD_DICT;
            default -> Opcode.BUILD_LIST;
        };
        b.op(build, 0, e.offset());
        b.op(Opcode.STORE_LOCAL, acc, e.offset());
        IntConsumer innermost = head -> {
            b.op(Opcode.LOAD_LOCAL, acc, e.offset());
            compile(e.element());
            if (e.kind() == ComprehensionExpr.Kind.DICT) {
                compile(e.value());
                b.op(Opcode.DICT_SET, e.offset());
            } else {
                b.op(e.kind() == ComprehensionExpr.Kind.SET ? Opcode.SET_ADD : Opcode.LIST_APPEND, e.offset());
            }
        };
        loops(e.clauses(), 0, -1, innermost);
        b.op(Opcode.LOAD_LOCAL, acc, e.offset());
        b.op(Opcode.DELETE_LOCAL, acc, e.offset());
        return null;
    }

    /**
     * The nested loops of comprehension clauses {@code from..}: the innermost runs
     * {@code innermost}, given the head of the loop around it (where the next element is
     * taken); an {@code if} clause skips to that head.
     */
    private void loops(List<CompClause> clauses, int from, int head, IntConsumer innermost) {
        if (from == clauses.size()) {
            innermost.accept(head);
            return;
        }
        CompClause clause = clauses.get(from);
        if (clause instanceof IfClause i) {
            compile(i.cond());
            int skip = b.jump(Opcode.JUMP_IF_FALSE, i.offset());
            loops(clauses, from + 1, head, innermost);
            b.patch(skip, head);
            return;
        }
        ForClause f = (ForClause) clause;
        iterate(f.iterable(), f.offset());
        int top = b.pc();
        int exit = body.nextInto(f.target(), f.offset());
        loops(clauses, from + 1, top, innermost);
        b.jumpTo(Opcode.JUMP, top, f.offset());
        b.patchHere(exit);
        b.op(Opcode.ITER_POP, f.offset());
    }

    /** {@code any(g)} / {@code all(g)} over a generator, stopping at the first decisive element. */
    private void shortCircuit(ComprehensionExpr g, boolean any) {
        int depth = b.sp();
        int iters = b.iters();
        List<Integer> found = new ArrayList<>();
        loops(g.clauses(), 0, -1, head -> {
            compile(g.element());
            // Undecided goes straight back to the loop's head: one jump per element, not two.
            b.jumpTo(any ? Opcode.JUMP_IF_FALSE : Opcode.JUMP_IF_TRUE, head, g.offset());
            found.add(b.jump(Opcode.JUMP, g.offset()));
        });
        b.op(any ? Opcode.LOAD_FALSE : Opcode.LOAD_TRUE, g.offset());
        int end = b.jump(Opcode.JUMP, g.offset());
        b.setSp(depth);
        int nfor = (int) g.clauses().stream().filter(cl -> cl instanceof ForClause).count();
        for (int f : found) {
            b.patchHere(f);
        }
        b.setIters(iters + nfor);
        for (int k = 0; k < nfor; k++) {
            b.op(Opcode.ITER_POP, g.offset());
        }
        b.op(any ? Opcode.LOAD_TRUE : Opcode.LOAD_FALSE, g.offset());
        b.patchHere(end);
        b.setIters(iters);
    }
}
