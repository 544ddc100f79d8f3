package dev.ariadne.collect;

import java.util.Arrays;

/**
 * A hash table of non-zero long keys (fingerprints) on the heap, with a long value per key
 * when asked for: open addressing with linear probing, no boxing, doubling when half full.
 * Not thread-safe. It serves as a set (a worker's duplicates within a batch, cleared for the
 * next) and as a map (a fingerprint's sequence number in a small run). The coordinator's visited set is {@link FingerprintSet},
 * which grows without copying itself whole.
 */
public final class LongTable {
    /** Zero marks an empty slot. */
    private long[] keys;
    /** The value of each slot, or null for a set. */
    private long[] values;
    private int size;

    /**
     * @param expected   how many keys it should hold without growing
     * @param withValues whether each key has a value ({@link #put}, {@link #get})
     */
    public LongTable(int expected, boolean withValues) {
        int slots = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
        keys = new long[slots];
        values = withValues ? new long[slots] : null;
    }

    public int size() {
        return size;
    }

    /** Adds a key; false when it was there already. */
    public boolean add(long key) {
        return insert(key) >= 0;
    }

    /** Sets the value of a key, adding it if need be. */
    public void put(long key, long value) {
        int i = insert(key);
        values[i < 0 ? ~i : i] = value;
    }

    /** The value of {@code key}, or {@code absent} when it is not there. */
    public long get(long key, long absent) {
        int mask = keys.length - 1;
        for (int i = slot(key) & mask; ; i = (i + 1) & mask) {
            if (keys[i] == key) {
                return values[i];
            }
            if (keys[i] == 0) {
                return absent;
            }
        }
    }

    /** Forgets every key, keeping the table's size. */
    public void clear() {
        if (size > 0) {
            Arrays.fill(keys, 0);
            size = 0;
        }
    }

    /** The slot of a new key, or {@code ~slot} of a key already there. */
    private int insert(long key) {
        if (key == 0) {
            throw new IllegalArgumentException("key 0 is reserved");
        }
        if (size * 2 >= keys.length) {
            grow();
        }
        int mask = keys.length - 1;
        for (int i = slot(key) & mask; ; i = (i + 1) & mask) {
            if (keys[i] == key) {
                return ~i;
            }
            if (keys[i] == 0) {
                keys[i] = key;
                size++;
                return i;
            }
        }
    }

    private static int slot(long key) {
        return (int) (key ^ (key >>> 32));
    }

    private void grow() {
        long[] k = keys;
        long[] v = values;
        keys = new long[k.length * 2];
        values = v == null ? null : new long[k.length * 2];
        size = 0;
        for (int j = 0; j < k.length; j++) {
            if (k[j] != 0) {
                int i = insert(k[j]);
                if (v != null) {
                    values[i] = v[j];
                }
            }
        }
    }
}
