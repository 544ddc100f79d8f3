package dev.ariadne.value;

/** Small helpers over values that every layer needs: truth and lengths. */
public final class Values {
    private Values() {
    }

    /** Python truthiness: {@code None}, {@code False}, {@code 0}, empty strings and containers are false. */
    public static boolean truth(Value v) {
        // Kept tiny: the JIT inlines it at every conditional jump of the dispatch loop.
        if (v instanceof BoolV) {
            return v == BoolV.TRUE;
        }
        return truthOfNonBool(v);
    }

    private static boolean truthOfNonBool(Value v) {
        switch (v.tag()) {
            case Value.NONE:
                return false;
            case Value.BOOL:
                return v == BoolV.TRUE;
            case Value.INT:
                return ((IntV) v).value != 0;
            case Value.STR:
                return !((StrV) v).value.isEmpty();
            case Value.TUPLE:
                return ((TupleV) v).size() > 0;
            case Value.FROZENSET:
                return ((FrozenSetV) v).size() > 0;
            case Value.LIST:
                return ((ListV) v).size() > 0;
            case Value.DICT:
                return ((DictV) v).size() > 0;
            case Value.SET:
                return ((SetV) v).size() > 0;
            default:
                return true;
        }
    }

    /** The length of a sized value, or -1 if it has none. */
    public static int length(Value v) {
        switch (v.tag()) {
            case Value.STR:
                return ((StrV) v).value.length();
            case Value.TUPLE:
                return ((TupleV) v).size();
            case Value.FROZENSET:
                return ((FrozenSetV) v).size();
            case Value.LIST:
                return ((ListV) v).size();
            case Value.DICT:
                return ((DictV) v).size();
            case Value.SET:
                return ((SetV) v).size();
            case Value.RECORD:
                return -1;
            default:
                return -1;
        }
    }

    /**
     * Whether two values are the same object, or equal ints or strings: values the codec
     * writes inline, so replacing one with the other changes neither the state nor its bytes.
     */
    public static boolean sameLeaf(Value a, Value b) {
        if (a == b) {
            return true;
        }
        if (a instanceof IntV x && b instanceof IntV y) {
            return x.value == y.value;
        }
        return a instanceof StrV x && b instanceof StrV y && x.value.equals(y.value);
    }
}
