package dev.ariadne.value;

/** Questions about symmetric values ({@link SymV}) inside other values, for the checks that keep a model symmetric. */
public final class Symmetric {
    /** Deeper than this a value is taken to be cyclic, and to hold no symmetric value further down. */
    private static final int MAX_DEPTH = 64;

    private Symmetric() {
    }

    /** Whether a symmetric value occurs in {@code v} (in its elements, keys, fields or captured values). */
    public static boolean contains(Value v) {
        return contains(v, 0);
    }

    /** Whether a symmetric value occurs in one of {@code items[0, n)}. */
    public static boolean containsAny(Value[] items, int n) {
        for (int i = 0; i < n; i++) {
            if (contains(items[i], 0)) {
                return true;
            }
        }
        return false;
    }

    private static boolean contains(Value v, int depth) {
        if (v == null || depth > MAX_DEPTH) {
            return false;
        }
        switch (v.tag()) {
            case Value.SYM:
                return true;
            case Value.TUPLE:
                return any(((TupleV) v).items(), ((TupleV) v).size(), depth);
            case Value.FROZENSET:
                return any(((FrozenSetV) v).items(), ((FrozenSetV) v).size(), depth);
            case Value.LIST:
                return any(((ListV) v).items(), ((ListV) v).size(), depth);
            case Value.SET:
                return any(((SetV) v).items(), ((SetV) v).size(), depth);
            case Value.DICT: {
                DictV d = (DictV) v;
                for (int i = 0; i < d.size(); i++) {
                    if (contains(d.keyAt(i), depth + 1) || contains(d.valueAt(i), depth + 1)) {
                        return true;
                    }
                }
                return false;
            }
            case Value.RECORD:
            case Value.FROZENRECORD: {
                for (int i = 0; i < Order.shape(v).size(); i++) {
                    if (contains(Order.field(v, i), depth + 1)) {
                        return true;
                    }
                }
                return false;
            }
            case Value.FUNCTION:
                if (v instanceof FunctionV f) {
                    return any(f.defaults(), f.defaults().length, depth) || any(f.captured(), f.captured().length, depth);
                }
                return v instanceof BoundMethodV b && contains(b.receiver, depth + 1);
            default:
                return false;
        }
    }

    private static boolean any(Value[] items, int n, int depth) {
        for (int i = 0; i < n; i++) {
            if (contains(items[i], depth + 1)) {
                return true;
            }
        }
        return false;
    }
}
