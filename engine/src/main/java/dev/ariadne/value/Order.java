package dev.ariadne.value;

import java.util.Arrays;

/**
 * The language's canonical total order and structural equality: values are ordered
 * first by type ({@code None < bool < int < str < tuple < frozenset < frozenrecord < record < list <
 * dict < set < function < symmetric value}), then by value. Dicts and sets are kept sorted by it, and
 * {@code sorted}, {@code min} and {@code max} use it for mixed types.
 */
public final class Order {
    /** Deeper than this, a comparison is taken to be running around a cycle. */
    static final int MAX_DEPTH = 1000;

    private Order() {
    }

    public static int compare(Value a, Value b) {
        return compare(a, b, 0, false);
    }

    /**
     * The canonical order as the model sees it ({@code sorted}, {@code min}, {@code max}):
     * the same, except that two different symmetric values of one set have no order, so
     * deciding a comparison by them is an error.
     */
    public static int compareVisible(Value a, Value b) {
        return compare(a, b, 0, true);
    }

    /** The language's {@code ==} (see {@link Equality}). */
    public static boolean equal(Value a, Value b) {
        return Equality.equal(a, b, 0);
    }

    /** {@link #search} for a lookup by equality (see {@link Equality#lookup}). */
    public static int lookup(Value[] items, int n, Value key) {
        return Equality.lookup(items, n, key);
    }

    static int compare(Value a, Value b, int depth) {
        return compare(a, b, depth, false);
    }

    private static int compare(Value a, Value b, int depth, boolean visible) {
        if (a == b) {
            return 0;
        }
        int ta = a.tag();
        int tb = b.tag();
        if (ta != tb) {
            return Integer.compare(ta, tb);
        }
        if (depth > MAX_DEPTH) {
            throw new EvalException("maximum recursion depth exceeded in comparison");
        }
        switch (ta) {
            case Value.NONE:
                return 0;
            case Value.BOOL:
                return Integer.compare(((BoolV) a).ordinal(), ((BoolV) b).ordinal());
            case Value.INT:
                return Long.compare(((IntV) a).value, ((IntV) b).value);
            case Value.STR:
                return ((StrV) a).value.compareTo(((StrV) b).value);
            case Value.TUPLE: {
                TupleV x = (TupleV) a;
                TupleV y = (TupleV) b;
                return compareArrays(x.items(), x.size(), y.items(), y.size(), depth, visible);
            }
            case Value.FROZENSET: {
                FrozenSetV x = (FrozenSetV) a;
                FrozenSetV y = (FrozenSetV) b;
                return compareArrays(x.items(), x.size(), y.items(), y.size(), depth, visible);
            }
            case Value.FROZENRECORD:
            case Value.RECORD: {
                RecordShape sx = shape(a);
                int c = sx.compareTo(shape(b));
                if (c != 0) {
                    return c;
                }
                for (int i = 0; i < sx.size(); i++) {
                    c = compare(field(a, i), field(b, i), depth + 1, visible);
                    if (c != 0) {
                        return c;
                    }
                }
                return 0;
            }
            case Value.LIST: {
                ListV x = (ListV) a;
                ListV y = (ListV) b;
                return compareArrays(x.items(), x.size(), y.items(), y.size(), depth, visible);
            }
            case Value.DICT: {
                DictV x = (DictV) a;
                DictV y = (DictV) b;
                int n = Math.min(x.size(), y.size());
                for (int i = 0; i < n; i++) {
                    int c = compare(x.keyAt(i), y.keyAt(i), depth + 1, visible);
                    if (c != 0) {
                        return c;
                    }
                    c = compare(x.valueAt(i), y.valueAt(i), depth + 1, visible);
                    if (c != 0) {
                        return c;
                    }
                }
                return Integer.compare(x.size(), y.size());
            }
            case Value.SET: {
                SetV x = (SetV) a;
                SetV y = (SetV) b;
                return compareArrays(x.items(), x.size(), y.items(), y.size(), depth, visible);
            }
            case Value.FUNCTION:
                return compareFunctions(a, b, depth, visible);
            case Value.SYM: {
                SymV x = (SymV) a;
                SymV y = (SymV) b;
                int c = x.group != y.group ? Integer.compare(x.group, y.group) : Integer.compare(x.index, y.index);
                if (c != 0 && visible && x.group == y.group) {
                    throw new EvalException("symmetric values have no order: '" + x + "' and '" + y
                            + "' cannot be compared (the model would not be symmetric)");
                }
                return c;
            }
            default:
                throw new IllegalStateException("unknown tag " + ta);
        }
    }

    static RecordShape shape(Value r) {
        return r instanceof RecordV m ? m.shape() : ((FrozenRecordV) r).shape();
    }

    static Value field(Value r, int i) {
        return r instanceof RecordV m ? m.field(i) : ((FrozenRecordV) r).field(i);
    }

    private static int compareArrays(Value[] x, int nx, Value[] y, int ny, int depth, boolean visible) {
        int n = Math.min(nx, ny);
        for (int i = 0; i < n; i++) {
            int c = compare(x[i], y[i], depth + 1, visible);
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(nx, ny);
    }

    /** Functions: defs and lambdas, then builtins, then bound methods; each by identity of code, then data. */
    private static int compareFunctions(Value a, Value b, int depth, boolean visible) {
        int ka = functionKind(a);
        int kb = functionKind(b);
        if (ka != kb) {
            return Integer.compare(ka, kb);
        }
        switch (ka) {
            case 0: {
                FunctionV x = (FunctionV) a;
                FunctionV y = (FunctionV) b;
                int c = Integer.compare(x.code, y.code);
                if (c == 0) {
                    c = compareArrays(x.defaults(), x.defaults().length, y.defaults(), y.defaults().length, depth, visible);
                }
                if (c == 0) {
                    c = compareArrays(x.captured(), x.captured().length, y.captured(), y.captured().length, depth, visible);
                }
                return c;
            }
            case 1:
                return Integer.compare(((BuiltinV) a).id, ((BuiltinV) b).id);
            default: {
                BoundMethodV x = (BoundMethodV) a;
                BoundMethodV y = (BoundMethodV) b;
                int c = Integer.compare(x.method, y.method);
                return c != 0 ? c : compare(x.receiver, y.receiver, depth + 1, visible);
            }
        }
    }

    private static int functionKind(Value f) {
        if (f instanceof FunctionV) {
            return 0;
        }
        return f instanceof BuiltinV ? 1 : 2;
    }

    /**
     * Binary search of {@code v} in the sorted {@code items[0, n)}: its index, or
     * {@code -(insertion point) - 1}.
     */
    public static int search(Value[] items, int n, Value v) {
        int lo = 0;
        int hi = n - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int c = compare(items[mid], v);
            if (c < 0) {
                lo = mid + 1;
            } else if (c > 0) {
                hi = mid - 1;
            } else {
                return mid;
            }
        }
        return -(lo + 1);
    }

    /** {@code items[0, n)} checked for hashability, sorted and without duplicates, in a new array. */
    public static Value[] sortedUnique(Value[] items, int n) {
        Value[] a = Arrays.copyOf(items, n);
        for (Value v : a) {
            checkHashable(v);
        }
        if (strictlyIncreasing(a, n)) {
            return a; // a dict's keys, a set's elements: already canonical
        }
        sort(a, n);
        int w = 0;
        for (int i = 0; i < n; i++) {
            if (w == 0 || compare(a[w - 1], a[i]) != 0) {
                a[w++] = a[i];
            }
        }
        return w == n ? a : Arrays.copyOf(a, w);
    }

    private static boolean strictlyIncreasing(Value[] a, int n) {
        for (int i = 1; i < n; i++) {
            if (compare(a[i - 1], a[i]) >= 0) {
                return false;
            }
        }
        return true;
    }

    /** Sorts {@code a[0, n)} in canonical order (stable). */
    public static void sort(Value[] a, int n) {
        Arrays.sort(a, 0, n, Order::compare);
    }

    /** Whether a value may be a dict key or a set element: immutable all the way down. */
    public static boolean isHashable(Value v) {
        switch (v.tag()) {
            case Value.RECORD:
            case Value.LIST:
            case Value.DICT:
            case Value.SET:
                return false;
            case Value.TUPLE:
                return allHashable(((TupleV) v).items());
            case Value.FROZENRECORD: {
                FrozenRecordV r = (FrozenRecordV) v;
                for (int i = 0; i < r.shape().size(); i++) {
                    if (!isHashable(r.field(i))) {
                        return false;
                    }
                }
                return true;
            }
            default:
                return true;
        }
    }

    private static boolean allHashable(Value[] items) {
        for (Value x : items) {
            if (!isHashable(x)) {
                return false;
            }
        }
        return true;
    }

    public static void checkHashable(Value v) {
        if (!isHashable(v)) {
            throw new EvalException("unhashable type: '" + unhashablePart(v).typeName() + "'");
        }
    }

    private static Value unhashablePart(Value v) {
        if (v instanceof TupleV t) {
            for (Value x : t.items()) {
                if (!isHashable(x)) {
                    return unhashablePart(x);
                }
            }
        }
        if (v instanceof FrozenRecordV r) {
            for (int i = 0; i < r.shape().size(); i++) {
                if (!isHashable(r.field(i))) {
                    return unhashablePart(r.field(i));
                }
            }
        }
        return v;
    }
}
