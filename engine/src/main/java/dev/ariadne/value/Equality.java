package dev.ariadne.value;

import java.util.Arrays;

/**
 * The language's {@code ==}: the canonical order's equality, except that a set equals
 * the frozenset and a record the frozen record with the same contents (as a set equals
 * a frozenset in Python), also inside containers. They stay different values of the
 * state, so {@link Order} keeps them apart; lookups in sets and dict keys find the
 * frozen value a probe equals.
 */
final class Equality {
    private Equality() {
    }

    /** {@code a == b}; only values of different types pay for the set and record exceptions. */
    static boolean equal(Value a, Value b, int depth) {
        if (a == b) {
            return true;
        }
        int t = a.tag();
        if (t != b.tag()) {
            return isSetTag(t) ? isSetTag(b.tag()) && sameElements(a, b, depth)
                    : isRecordTag(t) && isRecordTag(b.tag()) && sameFields(a, b, depth);
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
        if (depth > Order.MAX_DEPTH) {
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
            case Value.FROZENRECORD:
            case Value.RECORD:
                return sameFields(a, b, depth);
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
                return Order.compare(a, b, depth) == 0;
        }
    }

    private static boolean isRecordTag(int t) {
        return t == Value.RECORD || t == Value.FROZENRECORD;
    }

    /** Two records or frozen records, in any combination: the same fields with equal values. */
    private static boolean sameFields(Value a, Value b, int depth) {
        RecordShape s = Order.shape(a);
        if (s != Order.shape(b)) {
            return false; // shapes are interned
        }
        for (int i = 0; i < s.size(); i++) {
            if (!equal(Order.field(a, i), Order.field(b, i), depth + 1)) {
                return false;
            }
        }
        return true;
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
     * {@link Order#search} for a lookup ({@code in}, {@code d[k]}, {@code get}, {@code remove}):
     * on a miss, a probe holding sets is looked up again as the frozen value it equals, so
     * {@code {1} in {frozenset({1})}} holds. Only misses pay for it.
     */
    static int lookup(Value[] items, int n, Value key) {
        int i = Order.search(items, n, key);
        if (i < 0 && !Order.isHashable(key)) {
            Value frozen = frozenForm(key);
            if (frozen != null) {
                return Order.search(items, n, frozen);
            }
        }
        return i;
    }

    /** The hashable value equal to {@code v} (sets and records frozen, also inside tuples), or null if none is. */
    private static Value frozenForm(Value v) {
        switch (v.tag()) {
            case Value.SET: {
                SetV s = (SetV) v;
                return FrozenSetV.wrapSorted(Arrays.copyOf(s.items(), s.size()));
            }
            case Value.TUPLE: {
                Value[] items = ((TupleV) v).toArray();
                for (int i = 0; i < items.length; i++) {
                    if (!Order.isHashable(items[i])) {
                        items[i] = frozenForm(items[i]);
                        if (items[i] == null) {
                            return null;
                        }
                    }
                }
                return TupleV.wrap(items);
            }
            case Value.RECORD: {
                RecordV r = (RecordV) v;
                Value[] fields = new Value[r.shape().size()];
                for (int i = 0; i < fields.length; i++) {
                    fields[i] = Order.isHashable(r.field(i)) ? r.field(i) : frozenForm(r.field(i));
                    if (fields[i] == null) {
                        return null;
                    }
                }
                return new FrozenRecordV(r.shape(), fields);
            }
            default:
                return null;
        }
    }
}
