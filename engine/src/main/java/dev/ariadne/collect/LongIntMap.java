package dev.ariadne.collect;

import java.util.Arrays;

/** A map from fingerprints to sequence numbers, sized once: open addressing, no boxing. */
public final class LongIntMap {
    private final long[] keys;
    private final int[] values;
    private final boolean[] used;
    private final int mask;

    public LongIntMap(int expected) {
        int cap = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
        keys = new long[cap];
        values = new int[cap];
        used = new boolean[cap];
        mask = cap - 1;
        Arrays.fill(values, -1);
    }

    public void put(long key, int value) {
        int i = slot(key);
        while (used[i] && keys[i] != key) {
            i = (i + 1) & mask;
        }
        used[i] = true;
        keys[i] = key;
        values[i] = value;
    }

    /** The value of {@code key}, or -1. */
    public int get(long key) {
        int i = slot(key);
        while (used[i]) {
            if (keys[i] == key) {
                return values[i];
            }
            i = (i + 1) & mask;
        }
        return -1;
    }

    private int slot(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32)) & mask;
    }
}
