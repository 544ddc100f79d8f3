package dev.ariadne.value;

import java.util.Arrays;

/** An immutable set: its distinct elements sorted in canonical order. */
public final class FrozenSetV implements Value {
    public static final FrozenSetV EMPTY = new FrozenSetV(new Value[0]);

    /** Sorted, without duplicates; never modified after construction. */
    private final Value[] items;

    private FrozenSetV(Value[] items) {
        this.items = items;
    }

    /** Wraps an array already sorted and free of duplicates; the caller must not modify it. */
    public static FrozenSetV wrapSorted(Value[] items) {
        return items.length == 0 ? EMPTY : new FrozenSetV(items);
    }

    /** Sorts and deduplicates {@code items[0, n)}, which must all be hashable. */
    public static FrozenSetV of(Value[] items, int n) {
        return wrapSorted(Order.sortedUnique(items, n));
    }

    public int size() {
        return items.length;
    }

    public Value get(int i) {
        return items[i];
    }

    public Value[] items() {
        return items;
    }

    public boolean contains(Value v) {
        return Order.lookup(items, items.length, v) >= 0;
    }

    @Override
    public int tag() {
        return Value.FROZENSET;
    }

    @Override
    public String typeName() {
        return "frozenset";
    }

    /** The canonical order's equality, as {@link #hashCode} needs; the language's {@code ==} is {@link Order#equal}. */
    @Override
    public boolean equals(Object o) {
        return o instanceof Value v && Order.compare(this, v) == 0;
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(items);
    }

    @Override
    public String toString() {
        return Repr.repr(this);
    }
}
