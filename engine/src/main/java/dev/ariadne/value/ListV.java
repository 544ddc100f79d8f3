package dev.ariadne.value;

import java.util.Arrays;

/** A mutable sequence. */
public final class ListV extends ArrayBacked {
    private static final Value[] EMPTY = new Value[0];


    /** Takes ownership of {@code items[0, size)}; {@code stamp} is the creating trail's epoch. */
    public ListV(Value[] items, int size, long stamp) {
        super(items, size, stamp);
    }

    public static ListV empty(long stamp) {
        return new ListV(EMPTY, 0, stamp);
    }

    public void set(int i, Value v, Trail t) {
        if (beforeReplace(items[i], v, t)) {
            items[i] = v;
        }
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

    private void ensure(int n) {
        if (n > items.length) {
            items = Arrays.copyOf(items, Math.max(n, Math.max(4, items.length * 2)));
        }
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
