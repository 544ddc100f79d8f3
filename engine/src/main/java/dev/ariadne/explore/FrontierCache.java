package dev.ariadne.explore;

import java.util.ArrayDeque;

/**
 * The snapshots of the newest frontier states, kept by the coordinator so batches can
 * carry them to workers instead of each worker reading them back from the store. It
 * covers a contiguous range of sequence numbers and holds at most {@code budget} bytes:
 * past that, states are not cached (their snapshots are read from the store), so the
 * heap does not grow with the frontier.
 */
final class FrontierCache {
    private static final byte[] ABSENT = new byte[0];

    private final long budget;
    private final ArrayDeque<byte[]> entries = new ArrayDeque<>();
    /** The sequence number of the first entry. */
    private long first;
    private long bytes;

    FrontierCache(long budget, long first) {
        this.budget = budget;
        this.first = first;
    }

    /** Offers the snapshot of the state with the next sequence number. */
    void add(byte[] data, int off, int len) {
        if (bytes + len > budget) {
            entries.addLast(ABSENT);
            return;
        }
        byte[] copy = new byte[len];
        System.arraycopy(data, off, copy, 0, len);
        entries.addLast(copy);
        bytes += len;
    }

    /** Takes the snapshot of state {@code seq}, which must be the first one: null if it was not cached. */
    byte[] take(long seq) {
        if (seq != first || entries.isEmpty()) {
            return null;
        }
        byte[] b = entries.pollFirst();
        first++;
        if (b == ABSENT) {
            return null;
        }
        bytes -= b.length;
        return b;
    }
}
