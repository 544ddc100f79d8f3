package dev.ariadne.store;

/**
 * Fingerprint to sequence number, for lookups by fingerprint (traces, tools): an
 * open-addressing table of sequence numbers over the order file, built on the first such
 * lookup and extended on a miss with the states published since. The search never needs
 * it: workers read states by sequence number.
 */
final class SeqIndex {
    /** {@code seq + 1} of each indexed state; 0 is an empty slot. */
    private long[] slots = new long[0];
    private long indexed;

    /** The sequence number of {@code fp} among the first {@code published} states of {@code order}, or -1. */
    synchronized long seqOf(long fp, OrderFile order, long published) {
        if (published < indexed) {
            clear(); // the store was rolled back under this index
        }
        if (published > MAX_INDEXED) {
            return scan(fp, order, published);
        }
        long seq = find(fp, order);
        if (seq < 0 && indexed < published) {
            extend(order, published);
            seq = find(fp, order);
        }
        return seq;
    }

    /** Past this many states the table would take gigabytes: a lookup scans the order file instead. */
    static final long MAX_INDEXED = 1L << 27;

    /** Newest first: a trace is usually asked for a state found late. */
    private static long scan(long fp, OrderFile order, long published) {
        for (long seq = published - 1; seq >= 0; seq--) {
            if (order.get(seq) == fp) {
                return seq;
            }
        }
        return -1;
    }

    /** Forgets everything (the writer rolled back or truncated the order). */
    synchronized void clear() {
        slots = new long[0];
        indexed = 0;
    }

    private long find(long fp, OrderFile order) {
        if (slots.length == 0) {
            return -1;
        }
        int mask = slots.length - 1;
        for (int i = slot(fp, mask); ; i = (i + 1) & mask) {
            long s = slots[i];
            if (s == 0) {
                return -1;
            }
            if (s - 1 < indexed && order.get(s - 1) == fp) {
                return s - 1;
            }
        }
    }

    private void extend(OrderFile order, long published) {
        long needed = Math.max(1024, Long.highestOneBit(published * 2 - 1) << 1);
        if (needed > slots.length) {
            slots = new long[(int) needed];
            indexed = 0;
        }
        int mask = slots.length - 1;
        for (long seq = indexed; seq < published; seq++) {
            int i = slot(order.get(seq), mask);
            while (slots[i] != 0) {
                i = (i + 1) & mask;
            }
            slots[i] = seq + 1;
        }
        indexed = published;
    }

    private static int slot(long fp, int mask) {
        return (int) (fp ^ (fp >>> 29) ^ (fp >>> 43)) & mask;
    }
}
