package dev.ariadne.lang.compile;

import dev.ariadne.lang.resolve.CodeKind;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Emits the instructions of one {@link Code}: tracks the operand-stack and iterator
 * depths to size frames, records the source offset of every instruction, and patches
 * forward jumps.
 */
final class CodeBuilder {
    private int[] code = new int[64];
    private int n;
    private int sp;
    private int maxSp;
    private int iters;
    private int maxIters;
    private int[] linePcs = new int[32];
    private int[] lineOffsets = new int[32];
    private int lines;
    private final List<Code.Inlined> expansions = new ArrayList<>();

    int pc() {
        return n;
    }

    int sp() {
        return sp;
    }

    /** Sets the stack depth at a join point (the code after an unconditional jump). */
    void setSp(int depth) {
        sp = depth;
    }

    int iters() {
        return iters;
    }

    void setIters(int depth) {
        iters = depth;
    }

    void op(int op, int offset) {
        start(op, offset);
        effect(op, 0, 0, 0);
    }

    void op(int op, int a, int offset) {
        start(op, offset);
        put(a);
        effect(op, a, 0, 0);
    }

    void op(int op, int a, int b, int offset) {
        start(op, offset);
        put(a);
        put(b);
        effect(op, a, b, 0);
    }

    void op(int op, int a, int b, int c, int offset) {
        start(op, offset);
        put(a);
        put(b);
        put(c);
        effect(op, a, b, c);
    }

    /** A jump whose target is not known yet; returns the operand position for {@link #patch}. */
    int jump(int op, int offset) {
        start(op, offset);
        put(-1);
        effect(op, 0, 0, 0);
        return n - 1;
    }

    /** A jump to a known address. */
    void jumpTo(int op, int target, int offset) {
        start(op, offset);
        put(target);
        effect(op, 0, 0, 0);
    }

    /** An EITHER with {@code count} branches; returns the positions of the branch addresses. */
    int[] either(int count, int offset) {
        start(Opcode.EITHER, offset);
        put(count);
        int[] slots = new int[count];
        for (int i = 0; i < count; i++) {
            slots[i] = n;
            put(-1);
        }
        return slots;
    }

    void patch(int operandPos, int target) {
        code[operandPos] = target;
    }

    /** Patches a jump to the current position. */
    void patchHere(int operandPos) {
        code[operandPos] = n;
    }

    private void start(int op, int offset) {
        if (lines == 0 || lineOffsets[lines - 1] != offset) {
            if (lines == linePcs.length) {
                linePcs = Arrays.copyOf(linePcs, lines * 2);
                lineOffsets = Arrays.copyOf(lineOffsets, lines * 2);
            }
            linePcs[lines] = n;
            lineOffsets[lines] = offset;
            lines++;
        }
        put(op);
    }

    private void put(int v) {
        if (n == code.length) {
            code = Arrays.copyOf(code, n * 2);
        }
        code[n++] = v;
    }

    private void effect(int op, int a, int b, int c) {
        int d;
        switch (op) {
            case Opcode.POP, Opcode.STORE_LOCAL, Opcode.STORE_GLOBAL, Opcode.BINARY, Opcode.INPLACE, Opcode.COMPARE,
                    Opcode.JUMP_IF_FALSE, Opcode.JUMP_IF_TRUE, Opcode.JUMP_IF_FALSE_OR_POP, Opcode.JUMP_IF_TRUE_OR_POP,
                    Opcode.INDEX, Opcode.RETURN, Opcode.AWAIT, Opcode.SPAWN, Opcode.FORMAT_SPEC -> d = -1;
            case Opcode.DUP, Opcode.LOAD_NONE, Opcode.LOAD_TRUE, Opcode.LOAD_FALSE, Opcode.LOAD_INT, Opcode.LOAD_LIT,
                    Opcode.LOAD_LOCAL, Opcode.LOAD_GLOBAL, Opcode.LOAD_CONST, Opcode.LOAD_FUNC, Opcode.LOAD_BUILTIN,
                    Opcode.LOAD_CAPTURED, Opcode.ITER_NEXT -> d = 1;
            case Opcode.DUP2 -> d = 2;
            case Opcode.BUILD_LIST, Opcode.BUILD_TUPLE, Opcode.BUILD_SET, Opcode.BUILD_STRING -> d = 1 - a;
            case Opcode.BUILD_DICT -> d = 1 - 2 * a;
            case Opcode.LIST_APPEND, Opcode.SET_ADD, Opcode.STORE_ATTR -> d = -2;
            case Opcode.DICT_SET, Opcode.SLICE, Opcode.STORE_INDEX -> d = -3;
            case Opcode.UNPACK -> d = a - 1;
            case Opcode.CALL, Opcode.CALL_KW -> d = -a;
            case Opcode.ONEOF_RANGE -> d = 1 - a;
            case Opcode.CHECK_DOMAIN -> d = a == 0 ? -1 : -a;
            case Opcode.IN_RANGE -> d = -a;
            case Opcode.PROC_LABEL, Opcode.PROC_VAR -> d = 1 - b;
            case Opcode.ITER_PUSH_RANGE -> {
                d = -a;
                iters++;
                maxIters = Math.max(maxIters, iters);
            }
            case Opcode.CALL_METHOD, Opcode.CALL_METHOD_KW -> d = -b;
            case Opcode.MAKE_LAMBDA -> d = 1 - b - c;
            case Opcode.ITER_PUSH -> {
                d = -1;
                iters++;
                maxIters = Math.max(maxIters, iters);
            }
            case Opcode.ITER_POP -> {
                d = 0;
                iters--;
            }
            case Opcode.ASSERT -> d = -a;
            case Opcode.CALL_PROC -> d = -b;
            default -> d = 0;
        }
        sp += d;
        maxSp = Math.max(maxSp, sp);
    }

    /** Records that the code from {@code start} to here is the body of {@code function}, expanded at a call at {@code callOffset}. */
    void expanded(int start, String function, int callOffset) {
        expansions.add(new Code.Inlined(start, n, function, callOffset));
    }

    Code build(int index, String name, CodeKind kind, int nparams, String[] slotNames, int offset) {
        return new Code(index, name, kind, Arrays.copyOf(code, n), nparams, slotNames, maxSp + 2, maxIters,
                offset, Arrays.copyOf(linePcs, lines), Arrays.copyOf(lineOffsets, lines), expansions);
    }
}
