package dev.ariadne.vm;

import dev.ariadne.lang.resolve.CodeKind;
import dev.ariadne.lang.resolve.Builtin;
import dev.ariadne.lang.compile.Opcode;
import dev.ariadne.lang.compile.Program;
import dev.ariadne.value.BoolV;
import dev.ariadne.value.BuiltinV;
import dev.ariadne.value.EvalException;
import dev.ariadne.value.FunctionV;
import dev.ariadne.value.IntV;
import dev.ariadne.value.NoneV;
import dev.ariadne.value.RecordV;
import dev.ariadne.value.Trail;
import dev.ariadne.value.TupleV;
import dev.ariadne.value.Value;
import dev.ariadne.value.Values;

import java.util.Arrays;

/**
 * The dispatch loop: executes the machine's top frame until the branch ends (a
 * successor, a disabled branch) or the base frame returns. Frames, not the Java stack,
 * hold the model's calls ({@link CallStack}), so a choice point can copy them.
 */
final class Interpreter {
    /** The branch reached its end: the machine's state is a successor. */
    static final int END = 0;
    /** The branch is disabled (a false await, an empty oneof). */
    static final int FAIL = 1;
    /** The base frame returned a value ({@link #returned}). */
    static final int RETURN = 2;

    private static final BuiltinV[] BUILTINS = new BuiltinV[Builtin.values().length];

    static {
        for (Builtin b : Builtin.values()) {
            BUILTINS[b.ordinal()] = new BuiltinV(b.ordinal(), b.pyName);
        }
    }

    private final Machine m;
    private final Program program;
    private final CallStack calls;
    private final Trail trail;
    private final ProcessQueries queries;
    private final RareInstructions rare;
    private final long stepBudget;
    /** The values of the program's ONCE slots computed so far (OnceValues): the same in every state. */
    private final Value[] once;
    /** Instructions the running branch (or body) may still execute. */
    private long budgetLeft;
    /** The value the base frame returned (invariants, constraints, constants, callbacks). */
    private Value returned;

    Interpreter(Machine m, long stepBudget, CallStack calls, ChoicePoints choices, ProcessLifecycle lifecycle,
                ProcessQueries queries) {
        this.m = m;
        this.program = m.program();
        this.calls = calls;
        this.trail = m.trail();
        this.queries = queries;
        this.stepBudget = stepBudget;
        this.once = new Value[program.onceCount()];
        this.rare = new RareInstructions(m, calls, choices, lifecycle, queries, once);
    }

    /** Gives the next branch or body the whole step budget. */
    void resetBudget() {
        budgetLeft = stepBudget;
    }

    /** The instructions the running branch or body may still run. */
    long budgetLeft() {
        return budgetLeft;
    }

    /** Counts {@code steps} instructions as run (a cached result of code that ran them; fewer than {@link #budgetLeft}). */
    void charge(long steps) {
        budgetLeft -= steps;
    }

    /** What the base frame returned, after {@link #run} gave {@link #RETURN}. */
    Value returned() {
        return returned;
    }

    /** Runs until the branch ends or the frame at index {@code base} returns. */
    int run(int base) {
        final Machine m = this.m;
        final CallStack calls = this.calls;
        Frame f = calls.top();
        int start = f.pc;
        try {
            // The outer loop (re)loads the top frame: every instruction that changes frames continues it.
            reload:
            for (;;) {
                f = calls.top();
                final int[] code = f.instr;
                final Value[] stack = f.stack;
                final Value[] locals = f.locals;
                int pc = f.pc;
                int sp = f.sp;
                for (;;) {
                    start = pc;
                    if (--budgetLeft < 0) {
                        throw new EvalException("step budget of " + stepBudget
                                + " instructions exceeded in " + m.context() + " (an infinite loop inside one step?)");
                    }
                    switch (code[pc++]) {
                        case Opcode.POP:
                            sp--;
                            break;
                        case Opcode.DUP:
                            stack[sp] = stack[sp - 1];
                            sp++;
                            break;
                        case Opcode.SWAP: {
                            Value t = stack[sp - 1];
                            stack[sp - 1] = stack[sp - 2];
                            stack[sp - 2] = t;
                            break;
                        }
                        case Opcode.LOAD_NONE:
                            stack[sp++] = NoneV.NONE;
                            break;
                        case Opcode.LOAD_TRUE:
                            stack[sp++] = BoolV.TRUE;
                            break;
                        case Opcode.LOAD_FALSE:
                            stack[sp++] = BoolV.FALSE;
                            break;
                        case Opcode.LOAD_INT:
                            stack[sp++] = IntV.of(code[pc++]);
                            break;
                        case Opcode.LOAD_LIT:
                            stack[sp++] = program.literal(code[pc++]);
                            break;
                        case Opcode.LOAD_LOCAL: {
                            int slot = code[pc++];
                            Value v = locals[slot];
                            if (v == null) {
                                throw unbound(f, slot);
                            }
                            stack[sp++] = v;
                            break;
                        }
                        case Opcode.STORE_LOCAL:
                            locals[code[pc++]] = stack[--sp];
                            break;
                        case Opcode.LOAD_GLOBAL: {
                            int g = code[pc++];
                            Value v = m.global(g);
                            if (v == null) {
                                throw new EvalException("global '" + program.globalNames().get(g)
                                        + "' is not defined yet (its initialiser has not run)");
                            }
                            stack[sp++] = v;
                            break;
                        }
                        case Opcode.STORE_GLOBAL:
                            m.storeGlobal(code[pc++], stack[--sp]);
                            break;
                        case Opcode.LOAD_CONST: {
                            Value v = m.constant(code[pc++]);
                            if (v == null) {
                                throw new EvalException("constant '" + program.constNames().get(code[pc - 1])
                                        + "' is not defined yet (constants are evaluated in order)");
                            }
                            stack[sp++] = v;
                            break;
                        }
                        case Opcode.LOAD_FUNC:
                            stack[sp++] = m.def(code[pc++]);
                            break;
                        case Opcode.LOAD_BUILTIN:
                            stack[sp++] = BUILTINS[code[pc++]];
                            break;
                        case Opcode.UNARY:
                            stack[sp - 1] = Operators.unary(code[pc++], stack[sp - 1]);
                            break;
                        case Opcode.BINARY: {
                            int op = code[pc++];
                            Value b = stack[--sp];
                            Value a = stack[sp - 1];
                            if (a instanceof IntV x && b instanceof IntV y) {
                                stack[sp - 1] = IntV.of(Operators.arith(op, x.value, y.value));
                            } else {
                                stack[sp - 1] = Operators.binary(op, a, b, trail);
                            }
                            break;
                        }
                        case Opcode.INPLACE: {
                            int op = code[pc++];
                            Value b = stack[--sp];
                            stack[sp - 1] = Operators.inplace(op, stack[sp - 1], b, trail);
                            break;
                        }
                        case Opcode.COMPARE: {
                            int op = code[pc++];
                            Value b = stack[--sp];
                            stack[sp - 1] = BoolV.of(Operators.compare(op, stack[sp - 1], b));
                            break;
                        }
                        case Opcode.COMPARE_LIT: {
                            int op = code[pc++];
                            stack[sp - 1] = BoolV.of(Operators.compare(op, stack[sp - 1], program.literal(code[pc++])));
                            break;
                        }
                        case Opcode.JUMP:
                            pc = code[pc];
                            break;
                        case Opcode.JUMP_IF_FALSE:
                            pc = Values.truth(stack[--sp]) ? pc + 1 : code[pc];
                            break;
                        case Opcode.JUMP_IF_TRUE:
                            pc = Values.truth(stack[--sp]) ? code[pc] : pc + 1;
                            break;
                        case Opcode.JUMP_IF_FALSE_OR_POP:
                            if (Values.truth(stack[sp - 1])) {
                                sp--;
                                pc++;
                            } else {
                                pc = code[pc];
                            }
                            break;
                        case Opcode.JUMP_IF_TRUE_OR_POP:
                            if (Values.truth(stack[sp - 1])) {
                                pc = code[pc];
                            } else {
                                sp--;
                                pc++;
                            }
                            break;
                        case Opcode.BUILD_TUPLE: {
                            int n = code[pc++];
                            sp -= n;
                            stack[sp] = TupleV.wrap(Arrays.copyOfRange(stack, sp, sp + n));
                            sp++;
                            break;
                        }
                        case Opcode.INDEX: {
                            Value i = stack[--sp];
                            stack[sp - 1] = Subscripts.index(stack[sp - 1], i);
                            break;
                        }
                        case Opcode.STORE_INDEX: {
                            sp -= 3;
                            Subscripts.storeIndex(stack[sp + 1], stack[sp + 2], stack[sp], trail);
                            break;
                        }
                        case Opcode.ATTR:
                            stack[sp - 1] = Subscripts.attr(stack[sp - 1], program.literalText(code[pc++]));
                            break;
                        case Opcode.CALL:
                        case Opcode.CALL_KW: {
                            int op = code[pc - 1];
                            int n = code[pc++];
                            TupleV kw = op == Opcode.CALL_KW ? (TupleV) program.literal(code[pc++]) : null;
                            int off = sp - n;
                            Value callee = stack[off - 1];
                            f.pc = pc;
                            f.sp = off - 1;
                            Value r = invoke(callee, stack, off, n, kw, start);
                            sp = off - 1;
                            if (r == null) {
                                continue reload;
                            }
                            stack[sp++] = r;
                            break;
                        }
                        case Opcode.CALL_METHOD:
                        case Opcode.CALL_METHOD_KW: {
                            int op = code[pc - 1];
                            String name = program.literalText(code[pc++]);
                            int n = code[pc++];
                            TupleV kw = op == Opcode.CALL_METHOD_KW ? (TupleV) program.literal(code[pc++]) : null;
                            int off = sp - n;
                            Value recv = stack[off - 1];
                            f.pc = pc;
                            f.sp = off - 1;
                            int id = recv instanceof RecordV ? -1 : Methods.lookup(recv, name);
                            Value r;
                            if (id >= 0) {
                                r = Methods.call(m, id, recv, new Args(name, stack, off, n, kw, trail.epoch()));
                            } else {
                                r = invoke(Subscripts.attr(recv, name), stack, off, n, kw, start);
                            }
                            sp = off - 1;
                            if (r == null) {
                                continue reload;
                            }
                            stack[sp++] = r;
                            break;
                        }
                        case Opcode.RETURN: {
                            Value r = stack[--sp];
                            calls.pop();
                            if (calls.size() == base) {
                                returned = r;
                                return RETURN;
                            }
                            Frame caller = calls.top();
                            caller.stack[caller.sp++] = r;
                            continue reload;
                        }
                        case Opcode.ITER_PUSH:
                            f.iters[f.ip++] = Iteration.iterator(stack[--sp]);
                            break;
                        case Opcode.ITER_NEXT: {
                            Value v = f.iters[f.ip - 1].next();
                            if (v == null) {
                                pc = code[pc];
                            } else {
                                pc++;
                                stack[sp++] = v;
                            }
                            break;
                        }
                        case Opcode.ITER_NEXT_LOCAL: {
                            Value v = f.iters[f.ip - 1].next();
                            if (v == null) {
                                pc = code[pc + 1];
                            } else {
                                locals[code[pc]] = v;
                                pc += 2;
                            }
                            break;
                        }
                        case Opcode.ITER_POP:
                            f.iters[--f.ip] = null;
                            break;
                        case Opcode.AWAIT:
                            if (!Values.truth(stack[--sp])) {
                                if (!m.forkAllowed()) {
                                    throw new EvalException("cannot use 'await' in " + m.context());
                                }
                                f.pc = pc;
                                f.sp = sp;
                                return FAIL;
                            }
                            break;
                        case Opcode.END:
                            f.pc = pc;
                            f.sp = sp;
                            return END;
                        case Opcode.IN_RANGE: {
                            int n = code[pc++];
                            sp -= n;
                            stack[sp - 1] = BoolV.of(Builtins.inRange(stack[sp - 1], Builtins.rangeBounds(stack, sp, n)));
                            break;
                        }
                        case Opcode.PROC_LABEL: {
                            int decl = code[pc++];
                            Value self = code[pc++] == 1 ? stack[--sp] : null;
                            stack[sp++] = queries.label(decl, self);
                            break;
                        }
                        case Opcode.ONCE: {
                            Value v = once[code[pc++]];
                            if (v == null) {
                                pc++;
                            } else {
                                stack[sp++] = v;
                                pc = code[pc];
                            }
                            break;
                        }
                        case Opcode.TRUTH:
                            stack[sp - 1] = BoolV.of(Values.truth(stack[sp - 1]));
                            break;
                        default: {
                            // Rare instructions run out of line, so the JIT compiles a small loop.
                            f.pc = pc;
                            f.sp = sp;
                            int r = rare.run(f, start);
                            if (r != RareInstructions.CONTINUE) {
                                return r;
                            }
                            continue reload;
                        }
                    }
                }
            }
        } catch (EvalException e) {
            Frame top = calls.top();
            if (top == f) {
                top.pc = start;
            }
            throw m.error(e);
        }
    }

    /**
     * Calls {@code callee} with the arguments {@code stack[off, off + n)}: a builtin or
     * method returns its result; a def or lambda gets a new frame and null is returned.
     */
    private Value invoke(Value callee, Value[] stack, int off, int n, TupleV kw, int callPc) {
        if (callee instanceof FunctionV fn) {
            Frame frame = Calls.bind(fn, program.code(fn.code), stack, off, n, kw);
            m.pushFrame(frame);
            return null;
        }
        return Calls.callNative(m, callee, stack, off, n, kw);
    }




    private EvalException unbound(Frame f, int slot) {
        String name = program.code(f.code).localName(slot);
        return new EvalException("name '" + name + "' is not defined here (it has no value yet"
                + (program.code(f.code).kind == dev.ariadne.lang.resolve.CodeKind.PROCESS
                ? "; a temporary keeps its value only until the end of its step)" : ")"));
    }
}
