package dev.ariadne.value;

import java.util.Arrays;
import java.util.IdentityHashMap;

/**
 * Applies a permutation of symmetric values to values: every {@link SymV} of set g and
 * index i becomes the element {@code perm[g][i]} of its set. Immutable values that hold
 * none are returned as they are; mutable objects are copied once each (aliasing and
 * cycles are kept), with dicts and sets sorted again, since their order follows their
 * elements. Objects frozen in constants are kept: the loader checks that constants are
 * symmetric. One per thread; {@link #begin} starts each state.
 */
public final class Permuter {
    private final SymV[][] sets;
    private int[][] perm;
    private final IdentityHashMap<Mutable, Mutable> copies = new IdentityHashMap<>();

    /** Whether frozen objects are permuted too (the loader's check of the constants themselves). */
    private final boolean throughFrozen;

    public Permuter(SymV[][] sets) {
        this(sets, false);
    }

    /** @param throughFrozen copy frozen objects too: to check a constant, whose dicts, lists and sets are frozen */
    public Permuter(SymV[][] sets, boolean throughFrozen) {
        this.sets = sets;
        this.throughFrozen = throughFrozen;
    }

    /** Starts a new state under {@code perm} ({@code perm[g]} null: set g stays as it is). */
    public void begin(int[][] perm) {
        this.perm = perm;
        copies.clear();
    }

    public Value apply(Value v) {
        if (v == null) {
            return null;
        }
        switch (v.tag()) {
            case Value.SYM: {
                SymV s = (SymV) v;
                int[] p = perm[s.group];
                return p == null ? s : sets[s.group][p[s.index]];
            }
            case Value.TUPLE: {
                TupleV t = (TupleV) v;
                Value[] items = applyAll(t.items(), t.size());
                return items == null ? t : TupleV.wrap(items);
            }
            case Value.FROZENSET: {
                FrozenSetV f = (FrozenSetV) v;
                Value[] items = applyAll(f.items(), f.size());
                return items == null ? f : FrozenSetV.of(items, items.length);
            }
            case Value.FROZENRECORD: {
                FrozenRecordV r = (FrozenRecordV) v;
                Value[] fields = null;
                for (int i = 0; i < r.shape().size(); i++) {
                    Value x = apply(r.field(i));
                    if (x != r.field(i) && fields == null) {
                        fields = new Value[r.shape().size()];
                        for (int j = 0; j < i; j++) {
                            fields[j] = r.field(j);
                        }
                    }
                    if (fields != null) {
                        fields[i] = x;
                    }
                }
                return fields == null ? r : new FrozenRecordV(r.shape(), fields);
            }
            case Value.FUNCTION: {
                if (v instanceof FunctionV f) {
                    Value[] d = applyAll(f.defaults(), f.defaults().length);
                    Value[] c = applyAll(f.captured(), f.captured().length);
                    return d == null && c == null ? f : new FunctionV(f.code, f.name, d == null ? f.defaults() : d,
                            c == null ? f.captured() : c);
                }
                if (v instanceof BoundMethodV b) {
                    Value r = apply(b.receiver);
                    return r == b.receiver ? b : new BoundMethodV(r, b.method, b.name);
                }
                return v;
            }
            case Value.LIST:
            case Value.SET:
            case Value.DICT:
            case Value.RECORD:
                return mutable((Mutable) v);
            default:
                return v;
        }
    }

    /** The permuted items, or null when none changed. */
    private Value[] applyAll(Value[] items, int n) {
        Value[] out = null;
        for (int i = 0; i < n; i++) {
            Value x = apply(items[i]);
            if (x != items[i] && out == null) {
                out = Arrays.copyOf(items, n);
            }
            if (out != null) {
                out[i] = x;
            }
        }
        return out;
    }

    private Value mutable(Mutable m) {
        if (m.isFrozen() && !throughFrozen) {
            return m;
        }
        Mutable done = copies.get(m);
        if (done != null) {
            return done;
        }
        switch (m.tag()) {
            case Value.LIST: {
                ListV l = (ListV) m;
                ListV c = new ListV(new Value[l.size()], l.size(), 0);
                copies.put(m, c); // before the items: a list may hold itself
                for (int i = 0; i < l.size(); i++) {
                    c.items()[i] = apply(l.get(i));
                }
                return c;
            }
            case Value.SET: {
                SetV s = (SetV) m; // elements are immutable: no cycle goes through a set
                Value[] items = new Value[s.size()];
                for (int i = 0; i < items.length; i++) {
                    items[i] = apply(s.get(i));
                }
                Order.sort(items, items.length);
                SetV c = new SetV(items, items.length, 0);
                copies.put(m, c);
                return c;
            }
            case Value.DICT: {
                DictV d = (DictV) m;
                DictV c = DictV.empty(0);
                copies.put(m, c);
                int n = d.size();
                Value[] keys = new Value[n];
                Value[] vals = new Value[n];
                Integer[] order = new Integer[n];
                for (int i = 0; i < n; i++) {
                    keys[i] = apply(d.keyAt(i));
                    vals[i] = apply(d.valueAt(i));
                    order[i] = i;
                }
                Arrays.sort(order, (x, y) -> Order.compare(keys[x], keys[y]));
                Value[] k = new Value[n];
                Value[] w = new Value[n];
                for (int i = 0; i < n; i++) {
                    k[i] = keys[order[i]];
                    w[i] = vals[order[i]];
                }
                c.fill(k, w, n);
                return c;
            }
            default: {
                RecordV r = (RecordV) m;
                Value[] fields = new Value[r.shape().size()];
                RecordV c = new RecordV(r.shape(), fields, 0);
                copies.put(m, c);
                for (int i = 0; i < fields.length; i++) {
                    fields[i] = apply(r.field(i));
                }
                return c;
            }
        }
    }
}
