package dev.ariadne.vm;

import dev.ariadne.value.Value;

/**
 * Iterates a snapshot of elements taken when the loop started: a tuple's items, a
 * string's characters, or the keys of a dict or set in canonical order.
 */
public final class ArrayIter extends Iter {
    /** Never modified; shared between copies. */
    public final Value[] items;
    public int index;

    public ArrayIter(Value[] items, int index) {
        this.items = items;
        this.index = index;
    }

    @Override
    public Value next() {
        return index < items.length ? items[index++] : null;
    }

    @Override
    public Iter copy() {
        return new ArrayIter(items, index);
    }
}
