package dev.ariadne.value;

/**
 * A structural 64-bit hash of a value, the same in every JVM: equal values (in the
 * canonical order's sense) hash alike. For estimates of how many distinct values a
 * variable takes ({@code --coverage}); cycles are cut at a fixed depth.
 */
public final class ValueHash {
    private static final long P = 0x9E3779B97F4A7C15L;
    private static final int MAX_DEPTH = 32;

    private ValueHash() {
    }

    public static long of(Value v) {
        return mix(hash(v, 0));
    }

    private static long hash(Value v, int depth) {
        if (v == null || depth > MAX_DEPTH) {
            return 17;
        }
        long h = v.tag() * P;
        switch (v.tag()) {
            case Value.BOOL:
                return h + (v == BoolV.TRUE ? 1 : 2);
            case Value.INT:
                return h + mix(((IntV) v).value);
            case Value.STR:
                return h + ((StrV) v).value.hashCode();
            case Value.SYM:
                return h + mix(((SymV) v).group * 1_000_003L + ((SymV) v).index);
            case Value.TUPLE:
                return all(h, ((TupleV) v).items(), ((TupleV) v).size(), depth);
            case Value.FROZENSET:
                return all(h, ((FrozenSetV) v).items(), ((FrozenSetV) v).size(), depth);
            case Value.LIST:
                return all(h, ((ListV) v).items(), ((ListV) v).size(), depth);
            case Value.SET:
                return all(h, ((SetV) v).items(), ((SetV) v).size(), depth);
            case Value.DICT: {
                DictV d = (DictV) v;
                for (int i = 0; i < d.size(); i++) {
                    h = mix(h + hash(d.keyAt(i), depth + 1)) + hash(d.valueAt(i), depth + 1);
                }
                return h;
            }
            case Value.RECORD:
            case Value.FROZENRECORD: {
                RecordShape s = Order.shape(v);
                for (int i = 0; i < s.size(); i++) {
                    h = mix(h + s.name(i).hashCode()) + hash(Order.field(v, i), depth + 1);
                }
                return h;
            }
            default:
                return h; // None; functions count as one value
        }
    }

    private static long all(long h, Value[] items, int n, int depth) {
        for (int i = 0; i < n; i++) {
            h = mix(h + hash(items[i], depth + 1));
        }
        return h;
    }

    /** SplitMix64's finaliser: every bit of {@code z} moves every bit of the result (hashes combined in order). */
    public static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
