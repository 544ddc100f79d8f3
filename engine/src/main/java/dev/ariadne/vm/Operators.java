package dev.ariadne.vm;

import dev.ariadne.lang.compile.Opcode;
import dev.ariadne.value.BoolV;
import dev.ariadne.value.DictV;
import dev.ariadne.value.EvalException;
import dev.ariadne.value.FrozenSetV;
import dev.ariadne.value.IntV;
import dev.ariadne.value.ListV;
import dev.ariadne.value.Order;
import dev.ariadne.value.Repr;
import dev.ariadne.value.SetV;
import dev.ariadne.value.StrV;
import dev.ariadne.value.Trail;
import dev.ariadne.value.TupleV;
import dev.ariadne.value.Value;
import dev.ariadne.value.Values;

import java.util.Arrays;

/** The unary, binary and comparison operators, with Python's semantics on 64-bit ints that never wrap. */
final class Operators {
    private static final String[] BINARY_SYMBOLS = {"+", "-", "*", "//", "%", "**", "|", "&", "^"};
    private static final String[] COMPARE_SYMBOLS = {"==", "!=", "<", "<=", ">", ">=", "in", "not in", "is", "is not"};

    private Operators() {
    }

    static Value unary(int op, Value x) {
        switch (op) {
            case Opcode.NOT:
                return BoolV.of(!Values.truth(x));
            case Opcode.NEG:
                return IntV.of(negate(intOf(x, "-")));
            case Opcode.POS:
                return IntV.of(intOf(x, "+"));
            case Opcode.INVERT:
                if (x instanceof BoolV) {
                    // Python's ~True is -2, which is true: TLA+'s ~flag would silently hold.
                    throw new EvalException("'~' is bitwise, not logical: ~" + Repr.repr(x) + " would be "
                            + ~intOf(x, "~") + "; write 'not x' (TLA+'s ~)");
                }
                return IntV.of(~intOf(x, "~"));
            default:
                throw new IllegalStateException("unary " + op);
        }
    }

    private static long negate(long v) {
        if (v == Long.MIN_VALUE) {
            throw overflow();
        }
        return -v;
    }

    private static long intOf(Value x, String symbol) {
        if (x instanceof IntV i) {
            return i.value;
        }
        if (x instanceof BoolV b) {
            return b.ordinal();
        }
        throw new EvalException("bad operand type for unary " + symbol + ": '" + x.typeName() + "'");
    }

    /** An int, or a bool taken as 0/1, or {@code null}. */
    private static IntV numeric(Value v) {
        if (v instanceof IntV i) {
            return i;
        }
        if (v instanceof BoolV b) {
            return b == BoolV.TRUE ? IntV.ONE : IntV.ZERO;
        }
        return null;
    }

    static Value binary(int op, Value a, Value b, Trail trail) {
        IntV x = numeric(a);
        IntV y = numeric(b);
        if (x != null && y != null) {
            return IntV.of(arith(op, x.value, y.value));
        }
        switch (op) {
            case Opcode.ADD:
                if (a instanceof StrV s && b instanceof StrV t) {
                    return StrV.of(s.value + t.value);
                }
                if (a instanceof ListV l && b instanceof ListV m) {
                    Value[] r = concat(l.items(), l.size(), m.items(), m.size());
                    return new ListV(r, r.length, trail.epoch());
                }
                if (a instanceof TupleV l && b instanceof TupleV m) {
                    return TupleV.wrap(concat(l.items(), l.size(), m.items(), m.size()));
                }
                break;
            case Opcode.MUL:
                if (y != null && (a instanceof StrV || a instanceof ListV || a instanceof TupleV)) {
                    return repeat(a, y.value, trail);
                }
                if (x != null && (b instanceof StrV || b instanceof ListV || b instanceof TupleV)) {
                    return repeat(b, x.value, trail);
                }
                break;
            case Opcode.SUB:
            case Opcode.BITOR:
            case Opcode.BITAND:
            case Opcode.BITXOR:
                if (isSet(a) && isSet(b)) {
                    Value[] r = SetAlgebra.apply(op, elements(a), size(a), elements(b), size(b));
                    return a instanceof FrozenSetV ? FrozenSetV.wrapSorted(r) : new SetV(r, r.length, trail.epoch());
                }
                if (op == Opcode.BITOR && a instanceof DictV d && b instanceof DictV e) {
                    DictV r = DictV.empty(trail.epoch());
                    r.putAll(d, trail);
                    r.putAll(e, trail);
                    return r;
                }
                break;
            default:
                break;
        }
        throw unsupported(BINARY_SYMBOLS[op], a, b);
    }

    /** {@code a op= b}: lists, sets and dicts are updated in place (aliases see it), as in Python. */
    static Value inplace(int op, Value a, Value b, Trail trail) {
        if (a instanceof ListV l && op == Opcode.ADD) {
            Value[] items = Iteration.elements(b);
            l.extend(items, items.length, trail);
            return l;
        }
        if (a instanceof SetV s && isSet(b) && op != Opcode.ADD && op != Opcode.MUL) {
            if (op == Opcode.SUB || op == Opcode.BITOR || op == Opcode.BITAND || op == Opcode.BITXOR) {
                Value[] r = SetAlgebra.apply(op, s.items(), s.size(), elements(b), size(b));
                s.replaceAll(r, r.length, trail);
                return s;
            }
        }
        if (a instanceof DictV d && b instanceof DictV e && op == Opcode.BITOR) {
            d.putAll(e, trail);
            return d;
        }
        return binary(op, a, b, trail);
    }

    /** {@code x + y}, or the overflow error. */
    static long add(long x, long y) {
        try {
            return Math.addExact(x, y);
        } catch (ArithmeticException e) {
            throw overflow();
        }
    }

    static long arith(int op, long x, long y) {
        switch (op) {
            case Opcode.ADD:
                return add(x, y);
            case Opcode.SUB:
                try {
                    return Math.subtractExact(x, y);
                } catch (ArithmeticException e) {
                    throw overflow();
                }
            case Opcode.MUL:
                try {
                    return Math.multiplyExact(x, y);
                } catch (ArithmeticException e) {
                    throw overflow();
                }
            case Opcode.FLOORDIV:
                if (y == 0) {
                    throw new EvalException("integer division by zero");
                }
                if (x == Long.MIN_VALUE && y == -1) {
                    throw overflow();
                }
                return Math.floorDiv(x, y);
            case Opcode.MOD:
                if (y == 0) {
                    throw new EvalException("integer modulo by zero (division by zero)");
                }
                return y == -1 ? 0 : Math.floorMod(x, y);
            case Opcode.POW:
                return power(x, y);
            case Opcode.BITOR:
                return x | y;
            case Opcode.BITAND:
                return x & y;
            case Opcode.BITXOR:
                return x ^ y;
            default:
                throw new IllegalStateException("binary " + op);
        }
    }

    private static long power(long base, long exp) {
        if (exp < 0) {
            throw new EvalException("negative exponent " + exp + " (models use integers)");
        }
        long result = 1;
        long b = base;
        long e = exp;
        try {
            while (e > 0) {
                if ((e & 1) != 0) {
                    result = Math.multiplyExact(result, b);
                }
                e >>= 1;
                if (e > 0) {
                    b = Math.multiplyExact(b, b);
                }
            }
        } catch (ArithmeticException ex) {
            throw overflow();
        }
        return result;
    }

    static EvalException overflow() {
        return new EvalException("integer overflow (ints are 64-bit signed)");
    }

    private static Value repeat(Value seq, long times, Trail trail) {
        int len = Values.length(seq);
        long n = len == 0 ? 0 : Math.max(0, times); // an empty value repeated stays empty, however often
        // Compared by division: n * len itself can wrap (e.g. [0, 0] * 2**62) and pass as small.
        if (len > 0 && n > 10_000_000L / len) {
            throw new EvalException("result of repetition is too large");
        }
        if (seq instanceof StrV s) {
            return StrV.of(s.value.repeat((int) n));
        }
        Value[] items = seq instanceof ListV l ? l.items() : ((TupleV) seq).items();
        Value[] r = new Value[(int) (n * len)];
        for (int i = 0; i < n; i++) {
            System.arraycopy(items, 0, r, i * len, len);
        }
        return seq instanceof ListV ? new ListV(r, r.length, trail.epoch()) : TupleV.wrap(r);
    }

    private static Value[] concat(Value[] a, int na, Value[] b, int nb) {
        Value[] r = Arrays.copyOf(a, na + nb);
        System.arraycopy(b, 0, r, na, nb);
        return r;
    }

    static boolean isSet(Value v) {
        return v instanceof SetV || v instanceof FrozenSetV;
    }

    static Value[] elements(Value set) {
        return set instanceof SetV s ? s.items() : ((FrozenSetV) set).items();
    }

    static int size(Value set) {
        return set instanceof SetV s ? s.size() : ((FrozenSetV) set).size();
    }

    static boolean compare(int op, Value a, Value b) {
        switch (op) {
            case Opcode.EQ:
                return Order.equal(a, b);
            case Opcode.NE:
                return !Order.equal(a, b);
            case Opcode.IN:
                return contains(b, a);
            case Opcode.NOT_IN:
                return !contains(b, a);
            case Opcode.IS:
                return same(a, b);
            case Opcode.IS_NOT:
                return !same(a, b);
            default:
                return order(op, a, b);
        }
    }

    /** {@code is}: identity for mutable values, equality for immutable ones (whose identity Python leaves unspecified). */
    private static boolean same(Value a, Value b) {
        if (a == b) {
            return true;
        }
        if (a instanceof dev.ariadne.value.Mutable || b instanceof dev.ariadne.value.Mutable) {
            return false;
        }
        return Order.equal(a, b);
    }

    private static boolean order(int op, Value a, Value b) {
        int c;
        IntV x = numeric(a);
        IntV y = numeric(b);
        if (x != null && y != null) {
            c = Long.compare(x.value, y.value);
        } else if (isSet(a) && isSet(b)) {
            return subsetOrder(op, a, b);
        } else if (a.tag() == b.tag() && (a instanceof StrV || a instanceof TupleV || a instanceof ListV)) {
            c = pythonCompare(COMPARE_SYMBOLS[op], a, b);
        } else {
            throw unsupportedComparison(COMPARE_SYMBOLS[op], a, b);
        }
        switch (op) {
            case Opcode.LT:
                return c < 0;
            case Opcode.LE:
                return c <= 0;
            case Opcode.GT:
                return c > 0;
            default:
                return c >= 0;
        }
    }

    /** Python's ordering: numbers, strings, and sequences element by element (mixed elements are an error). */
    private static int pythonCompare(String symbol, Value a, Value b) {
        IntV x = numeric(a);
        IntV y = numeric(b);
        if (x != null && y != null) {
            return Long.compare(x.value, y.value);
        }
        if (a instanceof StrV s && b instanceof StrV t) {
            return s.value.compareTo(t.value);
        }
        if (a.tag() == b.tag() && (a instanceof TupleV || a instanceof ListV)) {
            Value[] xs = a instanceof TupleV t ? t.items() : ((ListV) a).items();
            Value[] ys = b instanceof TupleV t ? t.items() : ((ListV) b).items();
            int nx = Values.length(a);
            int ny = Values.length(b);
            for (int i = 0; i < Math.min(nx, ny); i++) {
                if (!Order.equal(xs[i], ys[i])) {
                    return pythonCompare(symbol, xs[i], ys[i]);
                }
            }
            return Integer.compare(nx, ny);
        }
        throw unsupportedComparison(symbol, a, b);
    }

    private static boolean subsetOrder(int op, Value a, Value b) {
        switch (op) {
            case Opcode.LE:
                return SetAlgebra.isSubset(elements(a), size(a), elements(b), size(b));
            case Opcode.LT:
                return size(a) < size(b) && SetAlgebra.isSubset(elements(a), size(a), elements(b), size(b));
            case Opcode.GE:
                return SetAlgebra.isSubset(elements(b), size(b), elements(a), size(a));
            default:
                return size(b) < size(a) && SetAlgebra.isSubset(elements(b), size(b), elements(a), size(a));
        }
    }

    /** {@code x in container}. */
    static boolean contains(Value container, Value x) {
        switch (container.tag()) {
            case Value.LIST: {
                ListV l = (ListV) container;
                return indexOf(l.items(), l.size(), x) >= 0;
            }
            case Value.TUPLE: {
                TupleV t = (TupleV) container;
                return indexOf(t.items(), t.size(), x) >= 0;
            }
            case Value.SET:
                return ((SetV) container).contains(x);
            case Value.FROZENSET:
                return ((FrozenSetV) container).contains(x);
            case Value.DICT:
                return ((DictV) container).containsKey(x);
            case Value.STR:
                if (x instanceof StrV s) {
                    return ((StrV) container).value.contains(s.value);
                }
                throw new EvalException("'in <string>' requires string as left operand, not " + x.typeName());
            default:
                throw new EvalException("argument of type '" + container.typeName() + "' is not iterable");
        }
    }

    static int indexOf(Value[] items, int n, Value x) {
        for (int i = 0; i < n; i++) {
            if (Order.equal(items[i], x)) {
                return i;
            }
        }
        return -1;
    }

    static EvalException unsupported(String symbol, Value a, Value b) {
        return new EvalException("unsupported operand type(s) for " + symbol + ": '" + a.typeName() + "' and '"
                + b.typeName() + "'");
    }

    static EvalException unsupportedComparison(String symbol, Value a, Value b) {
        if (a instanceof dev.ariadne.value.SymV || b instanceof dev.ariadne.value.SymV) {
            return new EvalException("symmetric values have no order: '" + symbol + "' between '"
                    + dev.ariadne.value.Repr.repr(a) + "' and '" + dev.ariadne.value.Repr.repr(b)
                    + "' is not allowed (the model would not be symmetric)");
        }
        return new EvalException("'" + symbol + "' not supported between instances of '" + a.typeName() + "' and '"
                + b.typeName() + "'");
    }
}
