package dev.ariadne.value;

import java.util.Arrays;

/** An immutable sequence; it may hold mutable values, which keep their identity. */
public final class TupleV implements Value {
    public static final TupleV EMPTY = new TupleV(new Value[0]);

    /** Never modified after construction. */
    private final Value[] items;

    private TupleV(Value[] items) {
        this.items = items;
    }

    /** Wraps the array, which the caller must not modify afterwards. */
    public static TupleV wrap(Value[] items) {
        return items.length == 0 ? EMPTY : new TupleV(items);
    }

    public static TupleV of(Value... items) {
        return wrap(items.clone());
    }

    public int size() {
        return items.length;
    }

    public Value get(int i) {
        return items[i];
    }

    /** A copy of the elements. */
    public Value[] toArray() {
        return items.clone();
    }

    /** The elements themselves, for read-only iteration by the VM and the codec. */
    public Value[] items() {
        return items;
    }

    @Override
    public int tag() {
        return Value.TUPLE;
    }

    @Override
    public String typeName() {
        return "tuple";
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
