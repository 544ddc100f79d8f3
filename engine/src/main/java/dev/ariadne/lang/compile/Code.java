package dev.ariadne.lang.compile;

import dev.ariadne.lang.resolve.CodeKind;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One compiled body: the initialisation, an action, a process, a {@code def}, a lambda,
 * an invariant, a constraint or a constant's initialiser. Immutable; frames refer to it
 * by its index in {@link Program#code}.
 */
public final class Code {
    public final int index;
    public final String name;
    public final CodeKind kind;
    /** Opcodes and their operands; see {@link Opcode}. Never modified. */
    private final int[] code;
    /** Parameters occupy the first slots. */
    public final int nparams;
    public final int nlocals;
    private final String[] localNames;
    public final int maxStack;
    public final int maxIters;
    /** The source offset of the declaration. */
    public final int offset;
    /** Pairs (pc, source offset), sorted by pc: the offset of the construct that starts at each pc. */
    private final int[] linePcs;
    private final int[] lineOffsets;
    /** The calls expanded in place, inner ones first ({@link Inlining}). */
    private final List<Inlined> expansions;

    /**
     * The body of a def expanded at a call: instructions {@code [start, end)} run
     * {@code function} (as a traceback names it) for the call at {@code callOffset}.
     */
    public record Inlined(int start, int end, String function, int callOffset) {
    }

    public Code(int index, String name, CodeKind kind, int[] code, int nparams, String[] localNames,
                int maxStack, int maxIters, int offset, int[] linePcs, int[] lineOffsets, List<Inlined> expansions) {
        this.index = index;
        this.name = name;
        this.kind = kind;
        this.code = code;
        this.nparams = nparams;
        this.nlocals = localNames.length;
        this.localNames = localNames;
        this.maxStack = maxStack;
        this.maxIters = maxIters;
        this.offset = offset;
        this.linePcs = linePcs;
        this.lineOffsets = lineOffsets;
        this.expansions = List.copyOf(expansions);
    }

    /** The instructions, shared: callers must not modify them. */
    public int[] instructions() {
        return code;
    }

    public String localName(int slot) {
        return localNames[slot];
    }

    /** The source offset of the instruction at {@code pc}. */
    public int offsetAt(int pc) {
        int i = Arrays.binarySearch(linePcs, pc);
        if (i < 0) {
            i = -i - 2;
        }
        return i >= 0 ? lineOffsets[i] : offset;
    }

    /**
     * The expanded calls that the instruction at {@code pc} runs inside, outermost first:
     * the calls a traceback shows between this body and the failing instruction.
     */
    public List<Inlined> expansionsAt(int pc) {
        if (expansions.isEmpty()) {
            return List.of();
        }
        // The ranges that hold pc nest, and an expansion is recorded when it ends, after every
        // one inside it: backwards, the recording order is outermost first.
        List<Inlined> at = new ArrayList<>();
        for (int i = expansions.size() - 1; i >= 0; i--) {
            Inlined x = expansions.get(i);
            if (x.start <= pc && pc < x.end) {
                at.add(x);
            }
        }
        return at;
    }

    /** A human-readable listing, one instruction per line (for tests and debugging). */
    public String disassemble() {
        StringBuilder b = new StringBuilder();
        b.append(kind).append(' ').append(name).append(" (params ").append(nparams)
                .append(", locals ").append(nlocals).append(")\n");
        for (int pc = 0; pc < code.length; ) {
            int n = Opcode.operandCount(code, pc);
            b.append(String.format("%5d %s", pc, Opcode.name(code[pc])));
            for (int k = 1; k <= n; k++) {
                b.append(' ').append(code[pc + k]);
            }
            b.append('\n');
            pc += 1 + n;
        }
        return b.toString();
    }
}
