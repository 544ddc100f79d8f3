package dev.ariadne.collect;

import java.util.Arrays;

/** A small reusable set of non-zero longs on the heap (one worker's duplicates within a batch). */
public final class LongHashSet {
    private long[] slots = new long[1024];
    private int size;

    public boolean add(long v) {
        if (size * 2 >= slots.length) {
            grow();
        }
        int mask = slots.length - 1;
        for (int i = (int) (v ^ (v >>> 32)) & mask; ; i = (i + 1) & mask) {
            if (slots[i] == v) {
                return false;
            }
            if (slots[i] == 0) {
                slots[i] = v;
                size++;
                return true;
            }
        }
    }

    public void clear() {
        if (size > 0) {
            Arrays.fill(slots, 0);
            size = 0;
        }
    }

    private void grow() {
        long[] old = slots;
        slots = new long[old.length * 2];
        size = 0;
        for (long v : old) {
            if (v != 0) {
                add(v);
            }
        }
    }
}
