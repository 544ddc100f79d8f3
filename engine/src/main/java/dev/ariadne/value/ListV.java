package dev.ariadne.value;

import java.util.Arrays;

/** A mutable sequence. */
public final class ListV extends Mutable {
    private static final Value[] EMPTY = new Value[0];

    private Value[] items;
    private int size;

    /** Takes ownership of {@code items[0, size)}; {@code stamp} is the creating trail's epoch. */
    public ListV(Value[] items, int size, long stamp) {
        super(stamp);
        this.items = items;
        this.size = size;
    }

    public static ListV empty(long stamp) {
        return new ListV(EMPTY, 0, stamp);
    }

    public int size() {
        return size;
    }

    public Value get(int i) {
        return items[i];
    }

    /** The backing array; only {@code [0, size())} is meaningful. Read-only for callers. */
    public Value[] items() {
        return items;
    }

    /** A copy of the elements. */
    public Value[] toArray() {
        return Arrays.copyOf(items, size);
    }

    public void set(int i, Value v, Trail t) {
        beforeWrite(t);
        items[i] = v;
    }

    public void append(Value v, Trail t) {
        beforeWrite(t);
        ensure(size + 1);
        items[size++] = v;
    }

    public void insert(int i, Value v, Trail t) {
        beforeWrite(t);
        ensure(size + 1);
        System.arraycopy(items, i, items, i + 1, size - i);
        items[i] = v;
        size++;
    }

    public Value removeAt(int i, Trail t) {
        beforeWrite(t);
        Value old = items[i];
        System.arraycopy(items, i + 1, items, i, size - i - 1);
        items[--size] = null;
        return old;
    }

    public void extend(Value[] vs, int n, Trail t) {
        beforeWrite(t);
        ensure(size + n);
        System.arraycopy(vs, 0, items, size, n);
        size += n;
    }

    /** Replaces the whole contents (slice assignment, in-place sort). */
    public void replaceAll(Value[] vs, int n, Trail t) {
        beforeWrite(t);
        items = Arrays.copyOf(vs, Math.max(n, 4));
        size = n;
    }

    private void ensure(int n) {
        if (n > items.length) {
            items = Arrays.copyOf(items, Math.max(n, Math.max(4, items.length * 2)));
        }
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
        return Value.LIST;
    }

    @Override
    public String typeName() {
        return "list";
    }
}
