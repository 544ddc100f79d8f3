package dev.ariadne.vm;

import dev.ariadne.lang.resolve.Builtin;
import dev.ariadne.value.BoolV;
import dev.ariadne.value.DictV;
import dev.ariadne.value.EvalException;
import dev.ariadne.value.FrozenRecordV;
import dev.ariadne.value.FrozenSetV;
import dev.ariadne.value.IntV;
import dev.ariadne.value.ListV;
import dev.ariadne.value.NoneV;
import dev.ariadne.value.RecordShape;
import dev.ariadne.value.RecordV;
import dev.ariadne.value.Repr;
import dev.ariadne.value.SetV;
import dev.ariadne.value.StrV;
import dev.ariadne.value.Trail;
import dev.ariadne.value.TupleV;
import dev.ariadne.value.Value;
import dev.ariadne.value.Values;

/** The builtin functions ({@link Builtin}) of the language. */
final class Builtins {
    /** The longest list {@code range} and repetition may build. */
    private static final long MAX_ELEMENTS = 10_000_000L;

    private Builtins() {
    }

    static Value call(Machine m, Builtin b, Args a) {
        Trail t = m.trail();
        switch (b) {
            case LEN: {
                Value x = a.expect(1, 1).get(0);
                int n = Values.length(x);
                if (n < 0) {
                    throw new EvalException("object of type '" + x.typeName() + "' has no len()");
                }
                return IntV.of(n);
            }
            case RANGE:
                return range(a.expect(1, 3), t);
            case MIN:
            case MAX:
                return extreme(m, a, b == Builtin.MAX);
            case SUM: {
                a.count(1, 2);
                a.onlyKeywords("start");
                Value start = a.npos == 2 ? a.get(1) : a.keyword("start");
                Value acc = start == null ? IntV.ZERO : start;
                for (Value v : Iteration.elements(a.get(0))) {
                    acc = Operators.binary(dev.ariadne.lang.compile.Opcode.ADD, acc, v, t);
                }
                return acc;
            }
            case ABS: {
                Value x = a.expect(1, 1).get(0);
                long v = a.intArg(0);
                if (v == Long.MIN_VALUE) {
                    throw Operators.overflow();
                }
                return x instanceof BoolV ? IntV.of(v) : IntV.of(Math.abs(v));
            }
            case SORTED: {
                a.count(1, 1);
                a.onlyKeywords("key", "reverse");
                Value[] r = Sorting.sorted(m, Iteration.elements(a.get(0)), a.keyword("key"), a.keyword("reverse"));
                return new ListV(r, r.length, t.epoch());
            }
            case REVERSED: {
                Value x = a.expect(1, 1).get(0);
                if (x instanceof DictV || x instanceof SetV || x instanceof FrozenSetV) {
                    throw new EvalException("'" + x.typeName() + "' object is not reversible");
                }
                Value[] items = Iteration.elements(x);
                Value[] r = new Value[items.length];
                for (int i = 0; i < r.length; i++) {
                    r[i] = items[items.length - 1 - i];
                }
                return new ListV(r, r.length, t.epoch());
            }
            case ENUMERATE: {
                a.count(1, 2);
                a.onlyKeywords("start");
                Value s = a.npos == 2 ? a.get(1) : a.keyword("start");
                long start = s == null ? 0 : enumerateStart(s);
                Value[] items = Iteration.elements(a.get(0));
                Value[] r = new Value[items.length];
                for (int i = 0; i < r.length; i++) {
                    r[i] = TupleV.of(IntV.of(Operators.add(start, i)), items[i]);
                }
                return new ListV(r, r.length, t.epoch());
            }
            case ZIP:
                return zip(a, t);
            case ALL:
            case ANY: {
                boolean any = b == Builtin.ANY;
                for (Value v : Iteration.elements(a.expect(1, 1).get(0))) {
                    if (Values.truth(v) == any) {
                        return BoolV.of(any);
                    }
                }
                return BoolV.of(!any);
            }
            case LIST: {
                if (a.expect(0, 1).npos == 0) {
                    return ListV.empty(t.epoch());
                }
                refuseOrdering(m, "list", a.get(0));
                Value[] items = Iteration.elements(a.get(0));
                Value[] copy = a.get(0) instanceof ListV ? items : items.clone();
                return new ListV(copy, copy.length, t.epoch());
            }
            case TUPLE: {
                if (a.expect(0, 1).npos == 0) {
                    return TupleV.EMPTY;
                }
                Value x = a.get(0);
                refuseOrdering(m, "tuple", x);
                return x instanceof TupleV ? x : TupleV.wrap(Iteration.elements(x).clone());
            }
            case DICT: {
                a.count(0, 1);
                DictV d = DictV.empty(t.epoch());
                if (a.npos == 1) {
                    addPairs(d, a.get(0), t);
                }
                for (int k = 0; k < a.keywordCount(); k++) {
                    d.put(StrV.of(a.keywordName(k)), a.keywordValue(k), t);
                }
                return d;
            }
            case SET: {
                if (a.expect(0, 1).npos == 0) {
                    return SetV.empty(t.epoch());
                }
                Value[] items = Iteration.elements(a.get(0));
                return SetV.of(items, items.length, t.epoch());
            }
            case FROZENSET: {
                if (a.expect(0, 1).npos == 0) {
                    return FrozenSetV.EMPTY;
                }
                Value[] items = Iteration.elements(a.get(0));
                return FrozenSetV.of(items, items.length);
            }
            case RECORD:
                return record(a, t);
            case FROZENRECORD:
                return frozenRecord(a);
            case STR:
                return a.expect(0, 1).npos == 0 ? StrV.EMPTY : StrV.of(Repr.str(a.get(0)));
            case REPR:
                return StrV.of(Repr.repr(a.expect(1, 1).get(0)));
            case INT:
                return toInt(a.expect(0, 1));
            case BOOL:
                return a.expect(0, 1).npos == 0 ? BoolV.FALSE : BoolV.of(Values.truth(a.get(0)));
            case PRINT: {
                a.noKeywords();
                StringBuilder line = new StringBuilder();
                for (int i = 0; i < a.npos; i++) {
                    if (i > 0) {
                        line.append(' ');
                    }
                    line.append(Repr.str(a.get(i)));
                }
                m.print(line.toString());
                return NoneV.NONE;
            }
            case PC:
                a.expect(1, 2);
                return m.processQueries().label(a.strArg(0), a.npos == 2 ? a.get(1) : null);
            case DONE:
                a.expect(0, 0);
                return BoolV.of(m.allDone());
            case ENABLED: {
                a.expect(1, Integer.MAX_VALUE);
                Value[] rest = new Value[a.npos - 1];
                for (int i = 1; i < a.npos; i++) {
                    rest[i - 1] = a.get(i);
                }
                return BoolV.of(m.enabled(a.strArg(0), rest));
            }
            case CHOOSE:
                a.expect(1, 2);
                return Sorting.choose(m, Iteration.elements(a.get(0)), a.npos == 2 ? a.get(1) : null);
            case SUBSETS: {
                Value[] all = SetAlgebra.subsets(Iteration.sortedUniqueElements(a.expect(1, 1).get(0)));
                return new SetV(all, all.length, t.epoch());
            }
            case SYMMETRIC: {
                String prefix = a.expect(2, 2).strArg(0);
                long n = a.intArg(1);
                return m.symmetricSets().make(prefix, n);
            }
            default:
                throw new IllegalStateException("builtin " + b);
        }
    }

    /**
     * {@code list(s)} and {@code tuple(s)} of a set or dict holding symmetric values would
     * give them positions, an order they do not have.
     */
    private static void refuseOrdering(Machine m, String what, Value x) {
        if (m.program().symmetricSetCount() == 0 || !(x instanceof SetV || x instanceof FrozenSetV || x instanceof DictV)) {
            return;
        }
        if (dev.ariadne.value.Symmetric.contains(x)) {
            throw new EvalException(what + "() of a " + x.typeName() + " of symmetric values would give them an order,"
                    + " which they do not have (the model would not be symmetric)");
        }
    }

    private static Value range(Args a, Trail t) {
        Value[] args = new Value[a.npos];
        for (int i = 0; i < a.npos; i++) {
            args[i] = a.get(i);
        }
        long[] bounds = rangeBounds(args, 0, args.length);
        long start = bounds[0];
        long step = bounds[2];
        long count = rangeLength(start, bounds[1], step);
        if (count > MAX_ELEMENTS) {
            throw new EvalException("range of " + count + " elements is too large to build (ranges are lists)");
        }
        Value[] r = new Value[(int) count];
        for (int i = 0; i < count; i++) {
            r[i] = IntV.of(start + i * step);
        }
        return new ListV(r, r.length, t.epoch());
    }

    /**
     * {@code (start, stop, step)} of {@code range(v[at], ..., v[at + n - 1])} for 1 to 3
     * arguments, ints or bools, the step not zero.
     */
    static long[] rangeBounds(Value[] v, int at, int n) {
        long[] r = {0, 0, 1};
        for (int i = 0; i < n; i++) {
            Value arg = v[at + i];
            long x;
            if (arg instanceof IntV iv) {
                x = iv.value;
            } else if (arg instanceof BoolV b) {
                x = b.ordinal();
            } else {
                throw new EvalException("range() argument " + (i + 1) + " must be int, not " + arg.typeName());
            }
            r[n == 1 ? 1 : i] = x;
        }
        if (r[2] == 0) {
            throw new EvalException("range() arg 3 must not be zero");
        }
        return r;
    }

    /**
     * {@code x in range(r[0], r[1], r[2])}, what the list would answer, without building it:
     * only an int can equal an element (a bool is not an int here).
     */
    static boolean inRange(Value x, long[] r) {
        if (!(x instanceof IntV i)) {
            return false;
        }
        long v = i.value;
        long start = r[0];
        long step = r[2];
        if (step > 0 ? v < start || v >= r[1] : v > start || v <= r[1]) {
            return false;
        }
        // Unsigned: the distance from start and the step's size can both exceed a long.
        return Long.remainderUnsigned(step > 0 ? v - start : start - v, step > 0 ? step : -step) == 0;
    }

    /** The number of elements of {@code range(start, stop, step)}, saturating at Long.MAX_VALUE. */
    static long rangeLength(long start, long stop, long step) {
        if (step > 0 ? start >= stop : start <= stop) {
            return 0;
        }
        // The span can exceed a long (e.g. from MIN to MAX): compute it unsigned.
        long span = step > 0 ? stop - start : start - stop;
        long abs = step > 0 ? step : -step;
        if (abs < 0) {
            return 1;
        }
        return Long.divideUnsigned(span - 1, abs) + 1 < 0 ? Long.MAX_VALUE : Long.divideUnsigned(span - 1, abs) + 1;
    }

    private static Value extreme(Machine m, Args a, boolean max) {
        a.onlyKeywords("key", "default");
        String fn = max ? "max" : "min";
        if (a.npos == 0) {
            throw new EvalException(fn + "() expected at least 1 argument, got 0");
        }
        Value[] items;
        if (a.npos == 1) {
            items = Iteration.elements(a.get(0));
        } else {
            if (a.keyword("default") != null) {
                throw new EvalException("cannot specify a default for " + fn + "() with multiple positional arguments");
            }
            items = new Value[a.npos];
            for (int i = 0; i < a.npos; i++) {
                items[i] = a.get(i);
            }
        }
        Value best = Sorting.extreme(m, items, a.keyword("key"), max);
        if (best == null) {
            Value dflt = a.keyword("default");
            if (dflt != null) {
                return dflt;
            }
            throw new EvalException(fn + "() arg is an empty sequence");
        }
        return best;
    }

    private static long enumerateStart(Value s) {
        if (s instanceof IntV i) {
            return i.value;
        }
        if (s instanceof BoolV b) {
            return b.ordinal();
        }
        throw new EvalException("enumerate() start must be int, not " + s.typeName());
    }

    private static Value zip(Args a, Trail t) {
        a.noKeywords();
        Value[][] columns = new Value[a.npos][];
        int n = a.npos == 0 ? 0 : Integer.MAX_VALUE;
        for (int i = 0; i < a.npos; i++) {
            columns[i] = Iteration.elements(a.get(i));
            n = Math.min(n, columns[i].length);
        }
        Value[] r = new Value[n];
        for (int k = 0; k < n; k++) {
            Value[] row = new Value[a.npos];
            for (int i = 0; i < a.npos; i++) {
                row[i] = columns[i][k];
            }
            r[k] = TupleV.wrap(row);
        }
        return new ListV(r, n, t.epoch());
    }

    private static Value record(Args a, Trail t) {
        if (a.npos > 0) {
            throw new EvalException("record() takes only keyword arguments (record(x=1, y=2))");
        }
        RecordShape shape = keywordShape(a);
        return new RecordV(shape, keywordFields(a, shape), t.epoch());
    }

    /** {@code frozenrecord(x=1)}, or {@code frozenrecord(r)}: an immutable copy of the record r. */
    private static Value frozenRecord(Args a) {
        if (a.npos == 1 && a.keywordCount() == 0 && a.get(0) instanceof RecordV r) {
            Value[] fields = new Value[r.shape().size()];
            for (int i = 0; i < fields.length; i++) {
                fields[i] = r.field(i);
            }
            return new FrozenRecordV(r.shape(), fields);
        }
        if (a.npos == 1 && a.keywordCount() == 0 && a.get(0) instanceof FrozenRecordV f) {
            return f; // immutable and without identity: itself is its own frozen copy, as frozenset(fs) is
        }
        if (a.npos > 0) {
            throw new EvalException("frozenrecord() takes keyword arguments (frozenrecord(x=1, y=2)) or one record or frozen record");
        }
        RecordShape shape = keywordShape(a);
        return new FrozenRecordV(shape, keywordFields(a, shape));
    }

    private static RecordShape keywordShape(Args a) {
        String[] names = new String[a.keywordCount()];
        for (int k = 0; k < names.length; k++) {
            names[k] = a.keywordName(k);
        }
        return RecordShape.of(names);
    }

    private static Value[] keywordFields(Args a, RecordShape shape) {
        Value[] fields = new Value[shape.size()];
        for (int k = 0; k < fields.length; k++) {
            fields[shape.indexOf(a.keywordName(k))] = a.keywordValue(k);
        }
        return fields;
    }

    private static Value toInt(Args a) {
        if (a.npos == 0) {
            return IntV.ZERO;
        }
        Value x = a.get(0);
        if (x instanceof IntV) {
            return x;
        }
        if (x instanceof BoolV b) {
            return IntV.of(b.ordinal());
        }
        if (x instanceof StrV s) {
            String text = s.value.strip().replace("_", "");
            try {
                return IntV.of(Long.parseLong(text.startsWith("+") ? text.substring(1) : text));
            } catch (NumberFormatException e) {
                if (text.matches("[+-]?[0-9]+")) {
                    throw Operators.overflow(); // digits, only too many of them for 64 bits
                }
                throw new EvalException("invalid literal for int() with base 10: " + Repr.quote(s.value));
            }
        }
        throw new EvalException("int() argument must be a string or a number, not '" + x.typeName() + "'");
    }

    /** Adds the pairs of a dict or of an iterable of 2-sequences (dict(x), d.update(x)). */
    static void addPairs(DictV d, Value src, Trail t) {
        if (src instanceof DictV s) {
            d.putAll(s, t);
            return;
        }
        Value[] items = Iteration.elements(src);
        for (int i = 0; i < items.length; i++) {
            Value[] kv;
            try {
                kv = Subscripts.unpack(items[i], 2);
            } catch (EvalException e) {
                throw new EvalException("dictionary update sequence element #" + i + " has the wrong length or type");
            }
            d.put(kv[0], kv[1], t);
        }
    }
}
