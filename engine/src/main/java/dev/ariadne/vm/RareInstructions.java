package dev.ariadne.vm;

import dev.ariadne.lang.compile.Opcode;
import dev.ariadne.lang.compile.Program;
import dev.ariadne.value.DictV;
import dev.ariadne.value.EvalException;
import dev.ariadne.value.FunctionV;
import dev.ariadne.value.IntV;
import dev.ariadne.value.ListV;
import dev.ariadne.value.Repr;
import dev.ariadne.value.SetV;
import dev.ariadne.value.StrV;
import dev.ariadne.value.Trail;
import dev.ariadne.value.TupleV;
import dev.ariadne.value.Value;

import java.util.Arrays;

/**
 * The instructions the dispatch loop hands off: those a step runs rarely (choice points,
 * labels, builders of lists, sets and dicts, formatting, lambdas). Kept out of
 * {@link Interpreter#run} so the JIT compiles a small loop, quickly and well.
 *
 * <p>Each runs on the top frame, whose {@code pc} (past the opcode) and {@code sp} the
 * loop saved, and leaves them saved for the loop to reload.
 */
final class RareInstructions {
    /** The loop goes on with the (re)loaded top frame. */
    static final int CONTINUE = -1;

    private final Machine m;
    private final Program program;
    private final Trail trail;
    private final CallStack calls;
    private final ChoicePoints choices;
    private final ProcessLifecycle lifecycle;
    private final ProcessQueries queries;
    /** The interpreter's ONCE values (STORE_ONCE fills them). */
    private final Value[] once;

    RareInstructions(Machine m, CallStack calls, ChoicePoints choices, ProcessLifecycle lifecycle,
                     ProcessQueries queries, Value[] once) {
        this.m = m;
        this.program = m.program();
        this.trail = m.trail();
        this.calls = calls;
        this.choices = choices;
        this.lifecycle = lifecycle;
        this.queries = queries;
        this.once = once;
    }

    /**
     * Runs the instruction at {@code start} of frame {@code f}: {@link #CONTINUE}, or what
     * {@link Interpreter#run} returns ({@link Interpreter#END}, {@link Interpreter#FAIL}).
     */
    int run(Frame f, int start) {
        final int[] code = f.instr;
        final Value[] stack = f.stack;
        final Value[] locals = f.locals;
        int pc = f.pc;
        int sp = f.sp;
        switch (code[start]) {
            case Opcode.NOP:
                break;
            case Opcode.DUP2:
                stack[sp] = stack[sp - 2];
                stack[sp + 1] = stack[sp - 1];
                sp += 2;
                break;
            case Opcode.ROT3: {
                Value z = stack[sp - 1];
                stack[sp - 1] = stack[sp - 2];
                stack[sp - 2] = stack[sp - 3];
                stack[sp - 3] = z;
                break;
            }
            case Opcode.STORE_ONCE:
                once[code[pc++]] = stack[sp - 1];
                break;
            case Opcode.PROC_VAR: {
                int decl = code[pc++];
                Value self = code[pc++] == 1 ? stack[--sp] : null;
                stack[sp++] = queries.var(decl, self, code[pc++]);
                break;
            }
            case Opcode.CALL_PROC: {
                int slot = code[pc++];
                int n = code[pc++];
                Value[] record = new Value[n + 1];
                record[0] = IntV.of(code[pc++]);
                sp -= n;
                System.arraycopy(stack, sp, record, 1, n);
                locals[slot] = Procedures.push(locals[slot], TupleV.wrap(record));
                f.reserveIterators(f.maxIters);
                break;
            }
            case Opcode.RETURN_PROC: {
                int slot = code[pc];
                TupleV calls = (TupleV) locals[slot];
                TupleV record = (TupleV) calls.get(calls.size() - 1);
                locals[slot] = Procedures.pop(calls);
                sp = 0;
                for (int i = 1; i < record.size(); i++) {
                    stack[sp++] = record.get(i);
                }
                pc = (int) ((IntV) record.get(0)).value;
                break;
            }
            case Opcode.DELETE_LOCAL:
                locals[code[pc++]] = null;
                break;
            case Opcode.LOAD_CAPTURED:
                stack[sp++] = f.captured[code[pc++]];
                break;
            case Opcode.BUILD_LIST: {
                int n = code[pc++];
                sp -= n;
                stack[sp] = new ListV(Arrays.copyOfRange(stack, sp, sp + n), n, trail.epoch());
                sp++;
                break;
            }
            case Opcode.BUILD_SET: {
                int n = code[pc++];
                sp -= n;
                stack[sp] = SetV.of(Arrays.copyOfRange(stack, sp, sp + n), n, trail.epoch());
                sp++;
                break;
            }
            case Opcode.BUILD_DICT: {
                int n = code[pc++];
                sp -= 2 * n;
                DictV d = DictV.empty(trail.epoch());
                for (int k = 0; k < n; k++) {
                    d.put(stack[sp + 2 * k], stack[sp + 2 * k + 1], trail);
                }
                stack[sp++] = d;
                break;
            }
            case Opcode.LIST_APPEND: {
                Value x = stack[--sp];
                ((ListV) stack[--sp]).append(x, trail);
                break;
            }
            case Opcode.SET_ADD: {
                Value x = stack[--sp];
                ((SetV) stack[--sp]).add(x, trail);
                break;
            }
            case Opcode.DICT_SET: {
                Value v = stack[--sp];
                Value k = stack[--sp];
                ((DictV) stack[--sp]).put(k, v, trail);
                break;
            }
            case Opcode.SLICE: {
                sp -= 3;
                stack[sp - 1] = Subscripts.slice(stack[sp - 1], stack[sp], stack[sp + 1], stack[sp + 2], trail);
                break;
            }
            case Opcode.STORE_ATTR: {
                sp -= 2;
                Subscripts.storeAttr(stack[sp + 1], program.literalText(code[pc++]), stack[sp], trail);
                break;
            }
            case Opcode.UNPACK: {
                int n = code[pc++];
                Value[] items = Subscripts.unpack(stack[--sp], n);
                for (int k = n - 1; k >= 0; k--) {
                    stack[sp++] = items[k];
                }
                break;
            }
            case Opcode.MAKE_LAMBDA: {
                int c = code[pc++];
                int nd = code[pc++];
                int nc = code[pc++];
                sp -= nd + nc;
                Value[] defaults = Arrays.copyOfRange(stack, sp, sp + nd);
                Value[] captured = Arrays.copyOfRange(stack, sp + nd, sp + nd + nc);
                stack[sp++] = new FunctionV(c, "lambda", defaults, captured);
                break;
            }
            case Opcode.ONEOF: {
                if (!m.forkAllowed()) {
                    throw new EvalException("cannot use 'oneof' in " + m.context());
                }
                Value[] alts = Iteration.canonical(stack[--sp]);
                if (alts.length == 0) {
                    f.pc = pc;
                    f.sp = sp;
                    return Interpreter.FAIL;
                }
                if (alts.length > 1) {
                    f.pc = pc;
                    f.sp = sp;
                    choices.push(alts, null, 0, 0, alts.length);
                }
                stack[sp++] = alts[0];
                break;
            }
            case Opcode.EITHER: {
                if (!m.forkAllowed()) {
                    throw new EvalException("cannot use 'either' in " + m.context());
                }
                int n = code[pc];
                int[] targets = Arrays.copyOfRange(code, pc + 1, pc + 1 + n);
                f.pc = pc;
                f.sp = sp;
                choices.push(null, targets, 0, 0, n);
                pc = targets[0];
                break;
            }
            case Opcode.ASSERT: {
                String message = code[pc] == 1 ? Repr.str(stack[--sp]) : "assertion failed";
                f.pc = start;
                f.sp = sp;
                throw m.error(EvalError.Kind.ASSERTION, message);
            }
            case Opcode.LABEL:
            case Opcode.DONE:
                lifecycle.pause(f, code[start] == Opcode.LABEL ? start : Frame.DONE);
                if (f.spawnDecl >= 0) {
                    // A new instance reached its first label: it joins the state, its creator goes on.
                    calls.pop();
                    lifecycle.completeSpawn(f);
                    return CONTINUE;
                }
                return Interpreter.END;
            case Opcode.SPAWN: {
                int p = code[pc++];
                Value domain = stack[--sp];
                f.pc = pc;
                f.sp = sp;
                lifecycle.spawn(p, domain);
                return CONTINUE;
            }
            case Opcode.FORMAT:
                stack[sp - 1] = Formatter.formatField(stack[sp - 1], code[pc++], null);
                break;
            case Opcode.FORMAT_SPEC: {
                Value spec = stack[--sp];
                stack[sp - 1] = Formatter.formatField(stack[sp - 1], code[pc++], spec);
                break;
            }
            case Opcode.BUILD_STRING: {
                int n = code[pc++];
                sp -= n;
                StringBuilder b = new StringBuilder();
                for (int k = 0; k < n; k++) {
                    b.append(((StrV) stack[sp + k]).value);
                }
                stack[sp++] = StrV.of(b.toString());
                break;
            }
            case Opcode.ONEOF_RANGE: {
                if (!m.forkAllowed()) {
                    throw new EvalException("cannot use 'oneof' in " + m.context());
                }
                int n = code[pc++];
                sp -= n;
                long[] r = Builtins.rangeBounds(stack, sp, n);
                long count = rangeChoices(r);
                if (count == 0) {
                    f.pc = pc;
                    f.sp = sp;
                    return Interpreter.FAIL;
                }
                // Canonical (ascending) order, whatever the direction of the range.
                long first = r[2] > 0 ? r[0] : r[0] + (count - 1) * r[2];
                long step = Math.abs(r[2]);
                if (count > 1) {
                    f.pc = pc;
                    f.sp = sp;
                    choices.push(null, null, first, step, (int) count);
                }
                stack[sp++] = IntV.of(first);
                break;
            }
            case Opcode.ITER_PUSH_RANGE: {
                int n = code[pc++];
                sp -= n;
                long[] r = Builtins.rangeBounds(stack, sp, n);
                f.iters[f.ip++] = new RangeIter(r[0], r[1], r[2]);
                break;
            }
            case Opcode.CHECK_DOMAIN: {
                int n = code[pc++];
                sp -= Math.max(n, 1);
                if (domainIsEmpty(stack, sp, n)) {
                    f.pc = pc;
                    f.sp = sp;
                    return Interpreter.FAIL;
                }
                break;
            }
            default:
                throw new IllegalStateException("bad opcode " + code[start] + " at " + start);
        }
        f.pc = pc;
        f.sp = sp;
        return CONTINUE;
    }

    /** CHECK_DOMAIN: whether the domain at {@code stack[sp..]} has no alternative, with the errors ONEOF would raise. */
    private static boolean domainIsEmpty(Value[] stack, int sp, int n) {
        if (n == 0) {
            return Iteration.canonical(stack[sp]).length == 0;
        }
        return rangeChoices(Builtins.rangeBounds(stack, sp, n)) == 0;
    }

    /** The number of alternatives of {@code oneof(range(...))} with bounds {@code r}; refuses more than an array holds. */
    private static long rangeChoices(long[] r) {
        long count = Builtins.rangeLength(r[0], r[1], r[2]);
        if (count > Integer.MAX_VALUE) {
            throw new EvalException("oneof over a range of " + count + " elements");
        }
        return count;
    }

}
