package dev.ariadne.spark.search;

import java.util.Arrays;

/** A set of longs by open addressing: the fingerprints one task has already seen. */
final class LongSet {
    private long[] keys = new long[64];
    private boolean[] used = new boolean[64];
    private int size;

    /** Adds {@code k}; false when it was there. */
    boolean add(long k) {
        if (size * 3 >= keys.length * 2) {
            grow();
        }
        int mask = keys.length - 1;
        for (int i = Owners.mix(k) & mask; ; i = (i + 1) & mask) {
            if (!used[i]) {
                used[i] = true;
                keys[i] = k;
                size++;
                return true;
            }
            if (keys[i] == k) {
                return false;
            }
        }
    }

    boolean contains(long k) {
        int mask = keys.length - 1;
        for (int i = Owners.mix(k) & mask; used[i]; i = (i + 1) & mask) {
            if (keys[i] == k) {
                return true;
            }
        }
        return false;
    }

    private void grow() {
        long[] oldKeys = keys;
        boolean[] oldUsed = used;
        keys = new long[oldKeys.length * 2];
        used = new boolean[oldKeys.length * 2];
        size = 0;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldUsed[i]) {
                add(oldKeys[i]);
            }
        }
    }

    void clear() {
        Arrays.fill(used, false);
        size = 0;
    }
}
