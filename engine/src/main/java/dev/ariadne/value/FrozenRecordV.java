package dev.ariadne.value;

import java.util.Arrays;

/**
 * An immutable record ({@code frozenrecord(x=1)}): fields read with {@code r.x} and never
 * written, compared by value and hashable when its fields are, so a set of messages
 * can hold records. Like a tuple it has no identity in the state.
 */
public final class FrozenRecordV implements Value {
    private final RecordShape shape;
    /** {@code fields[i]} is the value of {@code shape.name(i)}; never modified after construction. */
    private final Value[] fields;

    /** Takes ownership of {@code fields}, ordered as the shape's names. */
    public FrozenRecordV(RecordShape shape, Value[] fields) {
        this.shape = shape;
        this.fields = fields;
    }

    public RecordShape shape() {
        return shape;
    }

    public Value field(int i) {
        return fields[i];
    }

    /** The value of a field, or {@code null} if the record has no such field. */
    public Value get(String name) {
        int i = shape.indexOf(name);
        return i >= 0 ? fields[i] : null;
    }

    @Override
    public int tag() {
        return Value.FROZENRECORD;
    }

    @Override
    public String typeName() {
        return "frozenrecord";
    }

    /** The canonical order's equality, as {@link #hashCode} needs; the language's {@code ==} is {@link Order#equal}. */
    @Override
    public boolean equals(Object o) {
        return o instanceof Value v && Order.compare(this, v) == 0;
    }

    @Override
    public int hashCode() {
        return shape.hashCode() * 31 + Arrays.hashCode(fields);
    }

    @Override
    public String toString() {
        return Repr.repr(this);
    }
}
