package dev.ariadne.value;

import java.util.Arrays;

/** A mutable set of immutable values, kept sorted in canonical order. */
public final class SetV extends Mutable {
    private static final Value[] EMPTY = new Value[0];

    /** Sorted, without duplicates, in {@code [0, size)}. */
    private Value[] items;
    private int size;

    /** Takes ownership of {@code items[0, size)}, which must be sorted and free of duplicates. */
    public SetV(Value[] items, int size, long stamp) {
        super(stamp);
        this.items = items;
        this.size = size;
    }

    public static SetV empty(long stamp) {
        return new SetV(EMPTY, 0, stamp);
    }

    /** A set of {@code items[0, n)}: checks that they are hashable, sorts and deduplicates. */
    public static SetV of(Value[] items, int n, long stamp) {
        Value[] sorted = Order.sortedUnique(items, n);
        return new SetV(sorted, sorted.length, stamp);
    }

    public int size() {
        return size;
    }

    public Value get(int i) {
        return items[i];
    }

    public Value[] items() {
        return items;
    }

    public Value[] toArray() {
        return Arrays.copyOf(items, size);
    }

    public boolean contains(Value v) {
        return Order.search(items, size, v) >= 0;
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
        int i = Order.search(items, size, v);
        if (i < 0) {
            return false;
        }
        beforeWrite(t);
        System.arraycopy(items, i + 1, items, i, size - i - 1);
        items[--size] = null;
        return true;
    }

    /** Replaces the whole contents with sorted, duplicate-free {@code vs[0, n)}. */
    public void replaceAll(Value[] vs, int n, Trail t) {
        beforeWrite(t);
        items = Arrays.copyOf(vs, Math.max(n, 4));
        size = n;
    }

    @Override
    protected void saveTo(Trail t) {
        t.save(this, items, null, size);
        items = Arrays.copyOf(items, Math.max(items.length, 4));
    }

    @Override
    public void undo(Object a, Object b, int n) {
        items = (Value[]) a;
        size = n;
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
