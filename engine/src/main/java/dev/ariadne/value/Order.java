package dev.ariadne.value;

import java.util.Arrays;

/**
 * The language's canonical total order and structural equality: values are ordered
 * first by type ({@code None < bool < int < str < tuple < frozenset < record < list <
 * dict < set < function}), then by value. Dicts and sets are kept sorted by it, and
 * {@code sorted}, {@code min} and {@code max} use it for mixed types.
 */
public final class Order {
    /** Deeper than this, a comparison is taken to be running around a cycle. */
    private static final int MAX_DEPTH = 1000;

    private Order() {
    }

    public static int compare(Value a, Value b) {
        return compare(a, b, 0);
    }

    public static boolean equal(Value a, Value b) {
        return equal(a, b, 0);
    }

    private static int compare(Value a, Value b, int depth) {
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
                return compareArrays(x.items(), x.size(), y.items(), y.size(), depth);
            }
            case Value.FROZENSET: {
                FrozenSetV x = (FrozenSetV) a;
                FrozenSetV y = (FrozenSetV) b;
                return compareArrays(x.items(), x.size(), y.items(), y.size(), depth);
            }
            case Value.RECORD: {
                RecordV x = (RecordV) a;
                RecordV y = (RecordV) b;
                int c = x.shape().compareTo(y.shape());
                if (c != 0) {
                    return c;
                }
                for (int i = 0; i < x.shape().size(); i++) {
                    c = compare(x.field(i), y.field(i), depth + 1);
                    if (c != 0) {
                        return c;
                    }
                }
                return 0;
            }
            case Value.LIST: {
                ListV x = (ListV) a;
                ListV y = (ListV) b;
                return compareArrays(x.items(), x.size(), y.items(), y.size(), depth);
            }
            case Value.DICT: {
                DictV x = (DictV) a;
                DictV y = (DictV) b;
                int n = Math.min(x.size(), y.size());
                for (int i = 0; i < n; i++) {
                    int c = compare(x.keyAt(i), y.keyAt(i), depth + 1);
                    if (c != 0) {
                        return c;
                    }
                    c = compare(x.valueAt(i), y.valueAt(i), depth + 1);
                    if (c != 0) {
                        return c;
                    }
                }
                return Integer.compare(x.size(), y.size());
            }
            case Value.SET: {
                SetV x = (SetV) a;
                SetV y = (SetV) b;
                return compareArrays(x.items(), x.size(), y.items(), y.size(), depth);
            }
            case Value.FUNCTION:
                return compareFunctions(a, b, depth);
            default:
                throw new IllegalStateException("unknown tag " + ta);
        }
    }

    private static int compareArrays(Value[] x, int nx, Value[] y, int ny, int depth) {
        int n = Math.min(nx, ny);
        for (int i = 0; i < n; i++) {
            int c = compare(x[i], y[i], depth + 1);
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(nx, ny);
    }

    /** Functions: defs and lambdas, then builtins, then bound methods; each by identity of code, then data. */
    private static int compareFunctions(Value a, Value b, int depth) {
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
                    c = compareArrays(x.defaults(), x.defaults().length, y.defaults(), y.defaults().length, depth);
                }
                if (c == 0) {
                    c = compareArrays(x.captured(), x.captured().length, y.captured(), y.captured().length, depth);
                }
                return c;
            }
            case 1:
                return Integer.compare(((BuiltinV) a).id, ((BuiltinV) b).id);
            default: {
                BoundMethodV x = (BoundMethodV) a;
                BoundMethodV y = (BoundMethodV) b;
                int c = Integer.compare(x.method, y.method);
                return c != 0 ? c : compare(x.receiver, y.receiver, depth + 1);
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
     * The language's {@code ==}: the canonical order's equality, except that a set and a
     * frozenset with the same elements are equal (as in Python), also inside containers.
     * They stay different values of the state, so the order keeps them apart.
     */
    private static boolean equal(Value a, Value b, int depth) {
        if (a == b) {
            return true;
        }
        int t = a.tag();
        if (t != b.tag()) {
            return isSetTag(t) && isSetTag(b.tag()) && sameElements(a, b, depth);
        }
        switch (t) {
            case Value.INT:
                return ((IntV) a).value == ((IntV) b).value;
            case Value.STR:
                return ((StrV) a).value.equals(((StrV) b).value);
            case Value.NONE:
            case Value.BOOL:
                return false; // singletons: identity was checked above
            default:
                return equalContainers(t, a, b, depth);
        }
    }

    /** Equality of two containers of type {@code t}, element by element, so nested sets meet frozensets. */
    private static boolean equalContainers(int t, Value a, Value b, int depth) {
        if (depth > MAX_DEPTH) {
            throw new EvalException("maximum recursion depth exceeded in comparison");
        }
        switch (t) {
            case Value.TUPLE: {
                TupleV x = (TupleV) a;
                TupleV y = (TupleV) b;
                return equalArrays(x.items(), x.size(), y.items(), y.size(), depth);
            }
            case Value.LIST: {
                ListV x = (ListV) a;
                ListV y = (ListV) b;
                return equalArrays(x.items(), x.size(), y.items(), y.size(), depth);
            }
            case Value.FROZENSET:
            case Value.SET:
                return sameElements(a, b, depth);
            case Value.RECORD: {
                RecordV x = (RecordV) a;
                RecordV y = (RecordV) b;
                if (x.shape() != y.shape()) {
                    return false; // shapes are interned
                }
                for (int i = 0; i < x.shape().size(); i++) {
                    if (!equal(x.field(i), y.field(i), depth + 1)) {
                        return false;
                    }
                }
                return true;
            }
            case Value.DICT: {
                DictV x = (DictV) a;
                DictV y = (DictV) b;
                if (x.size() != y.size()) {
                    return false;
                }
                for (int i = 0; i < x.size(); i++) {
                    if (!equal(x.keyAt(i), y.keyAt(i), depth + 1) || !equal(x.valueAt(i), y.valueAt(i), depth + 1)) {
                        return false;
                    }
                }
                return true;
            }
            default:
                return compare(a, b, depth) == 0;
        }
    }

    private static boolean isSetTag(int t) {
        return t == Value.SET || t == Value.FROZENSET;
    }

    /** Two sets or frozensets, in any combination: their sorted elements pair up. */
    private static boolean sameElements(Value a, Value b, int depth) {
        Value[] x = a instanceof SetV s ? s.items() : ((FrozenSetV) a).items();
        Value[] y = b instanceof SetV s ? s.items() : ((FrozenSetV) b).items();
        int nx = a instanceof SetV s ? s.size() : x.length;
        int ny = b instanceof SetV s ? s.size() : y.length;
        return equalArrays(x, nx, y, ny, depth);
    }

    private static boolean equalArrays(Value[] x, int nx, Value[] y, int ny, int depth) {
        if (nx != ny) {
            return false;
        }
        for (int i = 0; i < nx; i++) {
            if (!equal(x[i], y[i], depth + 1)) {
                return false;
            }
        }
        return true;
    }

    /**
     * {@link #search} for a lookup ({@code in}, {@code d[k]}, {@code get}, {@code remove}):
     * on a miss, a probe holding sets is looked up again as the frozen value it equals, so
     * {@code {1} in {frozenset({1})}} holds. Only misses pay for it.
     */
    public static int lookup(Value[] items, int n, Value key) {
        int i = search(items, n, key);
        if (i < 0 && !isHashable(key)) {
            Value frozen = frozenForm(key);
            if (frozen != null) {
                return search(items, n, frozen);
            }
        }
        return i;
    }

    /** The hashable value equal to {@code v} (sets frozen, also inside tuples), or null if none is. */
    private static Value frozenForm(Value v) {
        switch (v.tag()) {
            case Value.SET: {
                SetV s = (SetV) v;
                return FrozenSetV.wrapSorted(Arrays.copyOf(s.items(), s.size()));
            }
            case Value.TUPLE: {
                Value[] items = ((TupleV) v).toArray();
                for (int i = 0; i < items.length; i++) {
                    if (!isHashable(items[i])) {
                        items[i] = frozenForm(items[i]);
                        if (items[i] == null) {
                            return null;
                        }
                    }
                }
                return TupleV.wrap(items);
            }
            default:
                return null;
        }
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
                for (Value x : ((TupleV) v).items()) {
                    if (!isHashable(x)) {
                        return false;
                    }
                }
                return true;
            default:
                return true;
        }
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
        return v;
    }
}
