package dev.ariadne.value;

import java.util.Arrays;

/** A mutable set of immutable values, kept sorted in canonical order. */
public final class SetV extends ArrayBacked {
    private static final Value[] EMPTY = new Value[0];


    /** Takes ownership of {@code items[0, size)}, which must be sorted and free of duplicates. */
    public SetV(Value[] items, int size, long stamp) {
        super(items, size, stamp);
    }

    public static SetV empty(long stamp) {
        return new SetV(EMPTY, 0, stamp);
    }

    /** A set of {@code items[0, n)}: checks that they are hashable, sorts and deduplicates. */
    public static SetV of(Value[] items, int n, long stamp) {
        Value[] sorted = Order.sortedUnique(items, n);
        return new SetV(sorted, sorted.length, stamp);
    }

    public boolean contains(Value v) {
        return Order.lookup(items, size, v) >= 0;
    }

    /** Adds {@code v}; returns whether it was absent. */
    public boolean add(Value v, Trail t) {
        Order.checkHashable(v);
        int i = Order.search(items, size, v);
        if (i >= 0) {
            return false;
        }
        beforeWrite(t);
        int at = -i - 1;
        if (size == items.length) {
            items = Arrays.copyOf(items, Math.max(4, size * 2));
        }
        System.arraycopy(items, at, items, at + 1, size - at);
        items[at] = v;
        size++;
        return true;
    }

    /** Removes {@code v}; returns whether it was present. */
    public boolean remove(Value v, Trail t) {
        int i = Order.lookup(items, size, v);
        if (i < 0) {
            return false;
        }
        beforeWrite(t);
        System.arraycopy(items, i + 1, items, i, size - i - 1);
        items[--size] = null;
        return true;
    }

    @Override
    public int tag() {
        return Value.SET;
    }

    @Override
    public String typeName() {
        return "set";
    }
}
