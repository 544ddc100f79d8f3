package dev.ariadne.value;

import java.util.Arrays;

/** A mutable value whose contents are {@code items[0, size)}: the common storage of lists and sets. */
public abstract sealed class ArrayBacked extends Mutable permits ListV, SetV {
    Value[] items;
    int size;

    protected ArrayBacked(Value[] items, int size, long stamp) {
        super(stamp);
        this.items = items;
        this.size = size;
    }

    public final int size() {
        return size;
    }

    public final Value get(int i) {
        return items[i];
    }

    /** The backing array; only {@code [0, size())} is meaningful. Read-only for callers. */
    public final Value[] items() {
        return items;
    }

    /** A copy of the elements. */
    public final Value[] toArray() {
        return Arrays.copyOf(items, size);
    }

    /** Replaces the whole contents (for a set: sorted and free of duplicates). */
    public final void replaceAll(Value[] vs, int n, Trail t) {
        beforeWrite(t);
        items = Arrays.copyOf(vs, Math.max(n, 4));
        size = n;
    }

    @Override
    protected final void saveTo(Trail t) {
        t.save(this, items, null, size);
        items = Arrays.copyOf(items, Math.max(items.length, 4));
    }

    @Override
    public final void undo(Object a, Object b, int n) {
        items = (Value[]) a;
        size = n;
    }
}
