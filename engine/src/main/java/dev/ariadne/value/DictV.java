package dev.ariadne.value;

import java.util.Arrays;

/** A mutable map from immutable keys to values, kept sorted by key in canonical order. */
public final class DictV extends Mutable {
    private static final Value[] EMPTY = new Value[0];

    /** Sorted, distinct keys in {@code [0, size)}; {@code vals[i]} belongs to {@code keys[i]}. */
    private Value[] keys;
    private Value[] vals;
    private int size;
    /**
     * Whether {@code keys} may also be held by the trail, so that it must be copied before an
     * insertion or a removal changes it. A save copies only the values: most writes replace a
     * value and leave the keys as they are (2pc-7: the key copies were a tenth of the workers'
     * allocation).
     */
    private boolean keysShared;

    /** Takes ownership of the arrays; the keys must be sorted and distinct. */
    public DictV(Value[] keys, Value[] vals, int size, long stamp) {
        super(stamp);
        this.keys = keys;
        this.vals = vals;
        this.size = size;
    }

    /** Replaces the contents of a dict that is being built (by the {@link Permuter}); the keys must be sorted and distinct. */
    void fill(Value[] keys, Value[] vals, int size) {
        this.keys = keys;
        this.vals = vals;
        this.size = size;
        this.keysShared = false;
    }

    public static DictV empty(long stamp) {
        return new DictV(EMPTY, EMPTY, 0, stamp);
    }

    public int size() {
        return size;
    }

    public Value keyAt(int i) {
        return keys[i];
    }

    public Value valueAt(int i) {
        return vals[i];
    }

    /** The value of {@code key}, or {@code null} when absent. */
    public Value get(Value key) {
        int i = Order.lookup(keys, size, key);
        return i >= 0 ? vals[i] : null;
    }

    public boolean containsKey(Value key) {
        return Order.lookup(keys, size, key) >= 0;
    }

    /** Puts every item of {@code from} (as {@code dict.update(from)} does), recording the changes in {@code t}. */
    public void putAll(DictV from, Trail t) {
        for (int i = 0; i < from.size(); i++) {
            put(from.keyAt(i), from.valueAt(i), t);
        }
    }

    public void put(Value key, Value value, Trail t) {
        int i = Order.search(keys, size, key);
        if (i >= 0) {
            if (beforeReplace(vals[i], value, t)) {
                vals[i] = value;
            }
            return;
        }
        Order.checkHashable(key);
        beforeWrite(t);
        int at = -i - 1;
        if (size == keys.length) {
            int n = Math.max(4, size * 2);
            keys = Arrays.copyOf(keys, n);
            vals = Arrays.copyOf(vals, n);
            keysShared = false;
        } else {
            ownKeys();
        }
        System.arraycopy(keys, at, keys, at + 1, size - at);
        System.arraycopy(vals, at, vals, at + 1, size - at);
        keys[at] = key;
        vals[at] = value;
        size++;
    }

    /** Removes {@code key}; returns its value, or {@code null} when absent. */
    public Value remove(Value key, Trail t) {
        int i = Order.lookup(keys, size, key);
        if (i < 0) {
            return null;
        }
        beforeWrite(t);
        ownKeys();
        Value old = vals[i];
        System.arraycopy(keys, i + 1, keys, i, size - i - 1);
        System.arraycopy(vals, i + 1, vals, i, size - i - 1);
        size--;
        keys[size] = null;
        vals[size] = null;
        return old;
    }

    /** Copies the keys if the trail may hold them, before they change in place. */
    private void ownKeys() {
        if (keysShared) {
            keys = Arrays.copyOf(keys, keys.length);
            keysShared = false;
        }
    }

    @Override
    protected void saveTo(Trail t) {
        t.save(this, keys, vals, size);
        vals = Arrays.copyOf(vals, vals.length); // the same length as the keys: an insertion grows both
        keysShared = true;
    }

    @Override
    public void undo(Object a, Object b, int n) {
        keys = (Value[]) a;
        vals = (Value[]) b;
        size = n;
        keysShared = true; // an older entry of the trail may hold the same keys
    }

    @Override
    public int tag() {
        return Value.DICT;
    }

    @Override
    public String typeName() {
        return "dict";
    }
}
