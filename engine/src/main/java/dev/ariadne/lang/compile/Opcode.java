package dev.ariadne.lang.compile;

/**
 * The instructions of Ariadne's VM. Code is an {@code int[]}: an opcode followed by its
 * operands. Each opcode is documented with its stack picture: the operand stack before,
 * the instruction with its operands in angle brackets, the stack after.
 */
public final class Opcode {
    private Opcode() {
    }

    /** {@code - NOP -} */
    public static final int NOP = 0;
    /** {@code x POP -} */
    public static final int POP = 1;
    /** {@code x DUP x x} */
    public static final int DUP = 2;
    /** {@code x y DUP2 x y x y} */
    public static final int DUP2 = 3;
    /** {@code x y SWAP y x} */
    public static final int SWAP = 4;
    /** {@code x y z ROT3 z x y} */
    public static final int ROT3 = 5;

    /** {@code - LOAD_NONE None} */
    public static final int LOAD_NONE = 6;
    /** {@code - LOAD_TRUE True} */
    public static final int LOAD_TRUE = 7;
    /** {@code - LOAD_FALSE False} */
    public static final int LOAD_FALSE = 8;
    /** {@code - LOAD_INT<n> n} (n fits in an int) */
    public static final int LOAD_INT = 9;
    /** {@code - LOAD_LIT<i> literals[i]} (an immutable value of the program's literal table) */
    public static final int LOAD_LIT = 10;
    /** {@code - LOAD_LOCAL<slot> x}; an unbound slot is a runtime error */
    public static final int LOAD_LOCAL = 11;
    /** {@code x STORE_LOCAL<slot> -} */
    public static final int STORE_LOCAL = 12;
    /** {@code - LOAD_GLOBAL<g> x} (a state variable) */
    public static final int LOAD_GLOBAL = 13;
    /** {@code x STORE_GLOBAL<g> -} (recorded in the trail) */
    public static final int STORE_GLOBAL = 14;
    /** {@code - LOAD_CONST<c> x} (the value of a model {@code const}) */
    public static final int LOAD_CONST = 15;
    /** {@code - LOAD_FUNC<d> f} (top-level {@code def} number d) */
    public static final int LOAD_FUNC = 16;
    /** {@code - LOAD_BUILTIN<b> f} */
    public static final int LOAD_BUILTIN = 17;
    /** {@code - LOAD_CAPTURED<i> x} (a value a lambda captured when it was made) */
    public static final int LOAD_CAPTURED = 18;
    /** {@code - DELETE_LOCAL<slot> -} (unbinds a slot: comprehension scratch, temporaries) */
    public static final int DELETE_LOCAL = 19;

    /** {@code x UNARY<op> y}, op one of {@link #NEG}, {@link #POS}, {@link #INVERT}, {@link #NOT} */
    public static final int UNARY = 20;
    /** {@code x y BINARY<op> z}, op one of the binary operator codes below */
    public static final int BINARY = 21;
    /** {@code x y INPLACE<op> z}: like BINARY, but a list {@code +=} extends and a set {@code |= &= -= ^=} updates x in place */
    public static final int INPLACE = 22;
    /** {@code x y COMPARE<op> b}, op one of the comparison codes below */
    public static final int COMPARE = 23;

    /** {@code - JUMP<addr> -} */
    public static final int JUMP = 24;
    /** {@code x JUMP_IF_FALSE<addr> -} */
    public static final int JUMP_IF_FALSE = 25;
    /** {@code x JUMP_IF_TRUE<addr> -} */
    public static final int JUMP_IF_TRUE = 26;
    /** {@code x JUMP_IF_FALSE_OR_POP<addr> x} (jumps, keeping x, if x is false; else pops it): {@code and} */
    public static final int JUMP_IF_FALSE_OR_POP = 27;
    /** {@code x JUMP_IF_TRUE_OR_POP<addr> x} (jumps, keeping x, if x is true; else pops it): {@code or} */
    public static final int JUMP_IF_TRUE_OR_POP = 28;

    /** {@code x1 .. xn BUILD_LIST<n> list} */
    public static final int BUILD_LIST = 29;
    /** {@code x1 .. xn BUILD_TUPLE<n> tuple} */
    public static final int BUILD_TUPLE = 30;
    /** {@code x1 .. xn BUILD_SET<n> set} */
    public static final int BUILD_SET = 31;
    /** {@code k1 v1 .. kn vn BUILD_DICT<n> dict} */
    public static final int BUILD_DICT = 32;
    /** {@code list x LIST_APPEND -} */
    public static final int LIST_APPEND = 33;
    /** {@code set x SET_ADD -} */
    public static final int SET_ADD = 34;
    /** {@code dict k v DICT_SET -} */
    public static final int DICT_SET = 35;

    /** {@code x i INDEX y} */
    public static final int INDEX = 36;
    /** {@code x lo hi step SLICE y} (absent parts are None) */
    public static final int SLICE = 37;
    /** {@code v x i STORE_INDEX -} ({@code x[i] = v}) */
    public static final int STORE_INDEX = 38;
    /** {@code x ATTR<name> y} (a record field, or a bound method); name is a literal index */
    public static final int ATTR = 39;
    /** {@code v x STORE_ATTR<name> -} ({@code x.name = v}) */
    public static final int STORE_ATTR = 40;
    /** {@code seq UNPACK<n> xn .. x1} (x1 on top, so that stores in target order pop it first) */
    public static final int UNPACK = 41;

    /** {@code f a1 .. an CALL<n> r} */
    public static final int CALL = 42;
    /** {@code f a1 .. an CALL_KW<n><names> r}: the last k arguments are keyword arguments named by the tuple literal {@code names} */
    public static final int CALL_KW = 43;
    /** {@code recv a1 .. an CALL_METHOD<name><n> r} */
    public static final int CALL_METHOD = 44;
    /** {@code recv a1 .. an CALL_METHOD_KW<name><n><names> r} */
    public static final int CALL_METHOD_KW = 45;
    /** {@code x RETURN} returns x from a def, lambda, invariant or constraint */
    public static final int RETURN = 46;
    /** {@code d1 .. dn c1 .. cm MAKE_LAMBDA<code><n><m> f} */
    public static final int MAKE_LAMBDA = 47;

    /** {@code x ITER_PUSH -} pushes an iterator over x on the iterator stack */
    public static final int ITER_PUSH = 48;
    /** {@code - ITER_NEXT<addr> x}: the next element, or (pushing nothing) a jump to addr when exhausted */
    public static final int ITER_NEXT = 49;
    /** {@code - ITER_POP -} drops the innermost iterator */
    public static final int ITER_POP = 50;

    /** {@code xs ONEOF x}: a choice point, one branch per element of xs in canonical order; none disables the branch */
    public static final int ONEOF = 51;
    /** {@code - EITHER<n><a1>..<an> -}: a choice point, one branch per address */
    public static final int EITHER = 52;
    /** {@code x AWAIT -}: a false x disables the branch */
    public static final int AWAIT = 53;
    /** {@code - ASSERT<0>} or {@code msg ASSERT<1>}: an assertion violation (emitted after the test of the condition) */
    public static final int ASSERT = 54;
    /** {@code - LABEL<i> -}: reached inside a process step, ends the step with the process at label i */
    public static final int LABEL = 55;
    /** {@code - DONE}: the end of a process body; the process is Done */
    public static final int DONE = 56;
    /** {@code - END}: the end of an action or of the initialisation: the branch yields a successor */
    public static final int END = 57;
    /** {@code self SPAWN<p> -}: creates an instance of process p and runs its {@code var} initialisers up to its first label */
    public static final int SPAWN = 58;

    /** {@code x FORMAT<conv> s}: str (conv 0 or 's') or repr (conv 'r') of x, for f-strings */
    public static final int FORMAT = 59;
    /** {@code x spec FORMAT_SPEC<conv> s}: x formatted with a format spec */
    public static final int FORMAT_SPEC = 60;
    /** {@code s1 .. sn BUILD_STRING<n> s} */
    public static final int BUILD_STRING = 61;
    /** {@code x TRUTH b}: the truth of x as a bool ({@code any}/{@code all} results) */
    public static final int TRUTH = 62;

    /** {@code start stop step ONEOF_RANGE<n> x}: {@code oneof(range(...))} with n of the three given, without building the list */
    public static final int ONEOF_RANGE = 63;
    /** {@code start stop step ITER_PUSH_RANGE<n> -}: iterates {@code range(...)} (n arguments) without building the list */
    public static final int ITER_PUSH_RANGE = 64;
    /**
     * {@code xs CHECK_DOMAIN<0> -} or {@code start stop step CHECK_DOMAIN<n> -}: what
     * {@code ONEOF} / {@code ONEOF_RANGE<n>} would check of their domain, without the
     * choice: an empty domain disables the branch, a bad one is an error. It lets an
     * action test its parameter-free awaits once, before the choice of its parameters.
     */
    public static final int CHECK_DOMAIN = 65;
    /** {@code x start stop step IN_RANGE<n> b}: {@code x in range(...)} (n arguments), without building the list */
    public static final int IN_RANGE = 66;
    /**
     * {@code PROC_LABEL<decl, 0> label} or {@code self PROC_LABEL<decl, 1> label}:
     * {@code pc("Name")} / {@code pc("Name", self)} for the process declared {@code decl}-th
     */
    public static final int PROC_LABEL = 67;
    /**
     * {@code - ONCE<k, end> -}, or {@code - ONCE<k, end> x} jumping to end: the value the
     * machine keeps in its slot k, if it has one; else on to the code that computes it
     * ({@link OnceValues})
     */
    public static final int ONCE = 68;
    /** {@code x STORE_ONCE<k> x}: keeps x in the machine's slot k */
    public static final int STORE_ONCE = 69;
    /** {@code x COMPARE_LIT<op, lit> b}: {@code x op literal} (LOAD_LIT then COMPARE, the commonest pair) */
    public static final int COMPARE_LIT = 70;
    /** {@code - ITER_NEXT_LOCAL<slot, addr> -}: ITER_NEXT then STORE_LOCAL, the head of every loop over a plain variable */
    public static final int ITER_NEXT_LOCAL = 71;
    /**
     * {@code PROC_VAR<decl, 0, k> x} or {@code self PROC_VAR<decl, 1, k> x}: {@code P.x} /
     * {@code P[self].x}, the k-th var of an instance of the process declared {@code decl}-th
     */
    public static final int PROC_VAR = 72;
    /**
     * {@code v1..vn CALL_PROC<slot, n, ret> -}: a procedure call pushes the frame record
     * {@code (ret, v1..vn)} (the return address and the caller's saved slots) on the call
     * stack kept in local {@code slot}; the arguments and a JUMP to the procedure follow
     */
    public static final int CALL_PROC = 73;
    /** {@code - RETURN_PROC<slot> v1..vn}: pops the call stack's top record, pushes its saved slots and jumps to its return address */
    public static final int RETURN_PROC = 74;

    public static final int COUNT = 75;

    // UNARY operators
    public static final int NEG = 0;
    public static final int POS = 1;
    public static final int INVERT = 2;
    public static final int NOT = 3;

    // BINARY and INPLACE operators
    public static final int ADD = 0;
    public static final int SUB = 1;
    public static final int MUL = 2;
    public static final int FLOORDIV = 3;
    public static final int MOD = 4;
    public static final int POW = 5;
    public static final int BITOR = 6;
    public static final int BITAND = 7;
    public static final int BITXOR = 8;

    // COMPARE operators
    public static final int EQ = 0;
    public static final int NE = 1;
    public static final int LT = 2;
    public static final int LE = 3;
    public static final int GT = 4;
    public static final int GE = 5;
    public static final int IN = 6;
    public static final int NOT_IN = 7;
    public static final int IS = 8;
    public static final int IS_NOT = 9;

    private static final String[] NAMES = {
        "NOP", "POP", "DUP", "DUP2", "SWAP", "ROT3", "LOAD_NONE", "LOAD_TRUE", "LOAD_FALSE", "LOAD_INT",
        "LOAD_LIT", "LOAD_LOCAL", "STORE_LOCAL", "LOAD_GLOBAL", "STORE_GLOBAL", "LOAD_CONST", "LOAD_FUNC",
        "LOAD_BUILTIN", "LOAD_CAPTURED", "DELETE_LOCAL", "UNARY", "BINARY", "INPLACE", "COMPARE", "JUMP",
        "JUMP_IF_FALSE", "JUMP_IF_TRUE", "JUMP_IF_FALSE_OR_POP", "JUMP_IF_TRUE_OR_POP", "BUILD_LIST",
        "BUILD_TUPLE", "BUILD_SET", "BUILD_DICT", "LIST_APPEND", "SET_ADD", "DICT_SET", "INDEX", "SLICE",
        "STORE_INDEX", "ATTR", "STORE_ATTR", "UNPACK", "CALL", "CALL_KW", "CALL_METHOD", "CALL_METHOD_KW",
        "RETURN", "MAKE_LAMBDA", "ITER_PUSH", "ITER_NEXT", "ITER_POP", "ONEOF", "EITHER", "AWAIT", "ASSERT",
        "LABEL", "DONE", "END", "SPAWN", "FORMAT", "FORMAT_SPEC", "BUILD_STRING", "TRUTH", "ONEOF_RANGE",
        "ITER_PUSH_RANGE", "CHECK_DOMAIN", "IN_RANGE", "PROC_LABEL", "ONCE",
        "STORE_ONCE", "COMPARE_LIT", "ITER_NEXT_LOCAL", "PROC_VAR", "CALL_PROC", "RETURN_PROC",
    };

    /** Fixed operand counts; EITHER's is variable (1 + n) and is given as -1. */
    private static final int[] OPERANDS = {
        0, 0, 0, 0, 0, 0, 0, 0, 0, 1,
        1, 1, 1, 1, 1, 1, 1,
        1, 1, 1, 1, 1, 1, 1, 1,
        1, 1, 1, 1, 1,
        1, 1, 1, 0, 0, 0, 0, 0,
        0, 1, 1, 1, 1, 2, 2, 3,
        0, 3, 0, 1, 0, 0, -1, 0, 1,
        1, 0, 0, 1, 1, 1, 1, 0, 1,
        1, 1, 1, 2, 2,
        1, 2, 2, 3, 3, 1,
    };

    public static String name(int op) {
        return op >= 0 && op < COUNT ? NAMES[op] : "OP" + op;
    }

    /** The number of operands that follow the opcode at {@code pc}. */
    public static int operandCount(int[] code, int pc) {
        int op = code[pc];
        return op == EITHER ? 1 + code[pc + 1] : OPERANDS[op];
    }

    static {
        if (NAMES.length != COUNT || OPERANDS.length != COUNT) {
            throw new AssertionError("opcode tables out of step");
        }
    }
}
