package dev.ariadne.lang.compile;

import dev.ariadne.lang.resolve.Builtin;
import dev.ariadne.value.StrV;
import dev.ariadne.value.Value;

import java.util.ArrayDeque;
import java.util.BitSet;
import java.util.List;
import java.util.Set;

/**
 * The read-set analysis of compiled bodies: the globals a body loads, following the
 * defs, lambdas and constants it can reach, and whether anything but those globals'
 * values can change what it does. It lets an invariant's conjunct be evaluated once per
 * combination of the values it reads ({@code vm.StateChecks}), so it is conservative:
 * whatever it cannot prove harmless makes a body {@linkplain Summary#cacheable uncacheable}.
 *
 * <p>Every function value a body can call comes from a def, a lambda or a builtin it
 * names (all followed here), from a constant (every constant's initialiser is followed,
 * so the lambdas they make are), or from a global: a global holding a function has no key
 * ({@code StateCodec.valueKey}), so the conjunct is evaluated in that state.
 */
final class ReadSets {
    /** Methods that read their receiver and change nothing (every other method name is taken to mutate). */
    private static final Set<String> PURE_METHODS = Set.of("copy", "count", "difference", "endswith", "find",
            "format", "get", "index", "intersection", "isdisjoint", "issubset", "issuperset", "items", "join", "keys",
            "lower", "replace", "split", "startswith", "strip", "symmetric_difference", "union", "upper", "values");
    /** Attribute names that give a method which mutates its receiver. */
    private static final Set<String> MUTATING_METHODS = Set.of("add", "append", "clear", "discard", "extend",
            "insert", "pop", "remove", "reverse", "setdefault", "sort", "update");

    private final List<Code> codes;
    private final Value[] literals;
    private final int[] defCodes;
    private final int[] defDefaults;
    private final int[] constCodes;
    /** By def number: whether it is a procedure (compiled into the processes that call it). */
    private final boolean[] procedures;

    /**
     * What a body may do.
     *
     * @param reads     the globals it may load
     * @param labels    it reads where the processes are: {@code pc(...)}, {@code done()}
     *                  (a function of every instance's declaration, {@code self} and label)
     * @param stateFree nothing but those globals' values and, with {@code labels}, the
     *                  processes' labels matters: no process variable, no {@code enabled},
     *                  {@code print}, procedure or step-only instruction
     * @param mutates   it may change a value it did not make (the state, during a check)
     * @param identity  it compares with {@code is} / {@code is not}, which sees sharing
     *                  between globals that their values alone do not show
     */
    record Summary(BitSet reads, boolean labels, boolean stateFree, boolean mutates, boolean identity) {
        /** Whether the result is a function of the values of {@link #reads} alone. */
        boolean cacheable() {
            return stateFree && !mutates && !(identity && reads.cardinality() > 1);
        }

        int[] readArray() {
            return reads.stream().toArray();
        }
    }

    ReadSets(List<Code> codes, Value[] literals, int[] defCodes, int[] defDefaults, int[] constCodes,
             boolean[] procedures) {
        this.codes = codes;
        this.literals = literals;
        this.defCodes = defCodes;
        this.defDefaults = defDefaults;
        this.constCodes = constCodes;
        this.procedures = procedures;
    }

    /** The summary of body {@code code}, with everything it can reach. */
    Summary of(int code) {
        BitSet reads = new BitSet();
        BitSet seen = new BitSet();
        ArrayDeque<Integer> work = new ArrayDeque<>();
        boolean labels = false;
        boolean stateFree = true;
        boolean mutates = false;
        boolean identity = false;
        work.add(code);
        seen.set(code);
        // A global may hold a constant's list, dict, set or record, which the codec writes as a
        // reference to the constant, not as what it holds: a lambda in it reaches no key. So every
        // constant's initialiser is followed, as if the conjunct named them all.
        for (int c : constCodes) {
            follow(c, seen, work);
        }
        while (!work.isEmpty()) {
            int[] c = codes.get(work.poll()).instructions();
            for (int pc = 0; pc < c.length; pc += 1 + Opcode.operandCount(c, pc)) {
                switch (c[pc]) {
                    case Opcode.LOAD_GLOBAL -> reads.set(c[pc + 1]);
                    case Opcode.LOAD_FUNC -> {
                        int d = c[pc + 1];
                        if (procedures[d]) {
                            stateFree = false;
                        } else {
                            follow(defCodes[d], seen, work);
                            follow(defDefaults[d], seen, work);
                        }
                    }
                    case Opcode.MAKE_LAMBDA -> follow(c[pc + 1], seen, work);
                    case Opcode.LOAD_CONST -> follow(constCodes[c[pc + 1]], seen, work);
                    case Opcode.LOAD_BUILTIN -> {
                        Builtin b = Builtin.of(c[pc + 1]);
                        if (b == Builtin.PRINT || b == Builtin.ENABLED) {
                            stateFree = false;
                        }
                        labels |= b == Builtin.PC || b == Builtin.DONE;
                    }
                    case Opcode.COMPARE -> identity |= c[pc + 1] == Opcode.IS || c[pc + 1] == Opcode.IS_NOT;
                    case Opcode.COMPARE_LIT -> identity |= c[pc + 1] == Opcode.IS || c[pc + 1] == Opcode.IS_NOT;
                    case Opcode.CALL_METHOD, Opcode.CALL_METHOD_KW -> mutates |= !PURE_METHODS.contains(text(c[pc + 1]));
                    case Opcode.ATTR -> mutates |= MUTATING_METHODS.contains(text(c[pc + 1]));
                    case Opcode.STORE_INDEX, Opcode.STORE_ATTR, Opcode.INPLACE, Opcode.STORE_GLOBAL -> mutates = true;
                    case Opcode.PROC_LABEL -> labels = true;
                    case Opcode.PROC_VAR, Opcode.CALL_PROC, Opcode.RETURN_PROC, Opcode.SPAWN,
                         Opcode.ONEOF, Opcode.ONEOF_RANGE, Opcode.EITHER, Opcode.AWAIT, Opcode.LABEL, Opcode.DONE,
                         Opcode.END, Opcode.CHECK_DOMAIN -> stateFree = false;
                    default -> {
                        // the rest work on the operand stack, the frame's locals and fresh values
                    }
                }
            }
        }
        return new Summary(reads, labels, stateFree, mutates, identity);
    }

    private static void follow(int code, BitSet seen, ArrayDeque<Integer> work) {
        if (code >= 0 && !seen.get(code)) {
            seen.set(code);
            work.add(code);
        }
    }

    private String text(int literal) {
        Value v = literals[literal];
        return v instanceof StrV s ? s.value : "";
    }
}
