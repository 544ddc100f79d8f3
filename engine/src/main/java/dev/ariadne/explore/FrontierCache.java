package dev.ariadne.explore;

import java.util.ArrayDeque;
import java.util.Arrays;

/**
 * The snapshots of the newest frontier states, kept by the coordinator so batches can
 * carry them to workers instead of each worker reading them back from the store. It
 * covers a contiguous range of sequence numbers and holds at most {@code budget} bytes:
 * past that, states are not cached (their snapshots are read from the store), so the
 * heap does not grow with the frontier.
 *
 * <p>The bytes are packed into slabs of {@value #SLAB} bytes, and {@link #take} copies one
 * state out: a frontier waits through several young collections, and as one small array
 * per state each collection copied every one of them (race-7's coordinator: a million
 * arrays), where a slab is one object.
 *
 * <p>A slab whose entries were all taken is kept for reuse, up to {@value #SPARE} of them: a
 * slab outlives a few young collections and is promoted, and with a new slab for every
 * megabyte the old generation filled with dead slabs until it was collected, each on memory
 * touched for the first time (race-7: the old generation grew to 92 MB, with 35 MB live).
 */
final class FrontierCache {
    static final int SLAB = 1 << 20;
    /** The most emptied slabs kept for reuse. */
    static final int SPARE = 8;
    private static final int ABSENT = -1;

    private final long budget;
    /** Slabs still holding an entry not yet taken, oldest first; the last one is being filled. */
    private final ArrayDeque<byte[]> slabs = new ArrayDeque<>();
    /** Emptied slabs of {@link #SLAB} bytes, ready to be filled again. */
    private final ArrayDeque<byte[]> spare = new ArrayDeque<>();
    /** The ordinal of the first slab of {@link #slabs}. */
    private long firstSlab;
    private int fillAt;
    /** A ring of the entries not yet taken: the slab ordinal, offset and length (or ABSENT) of each. */
    private long[] slabOf = new long[1024];
    private int[] offsetOf = new int[1024];
    private int[] lengthOf = new int[1024];
    private int head;
    private int count;
    /** The sequence number of the first entry. */
    private long first;
    private long bytes;

    FrontierCache(long budget, long first) {
        this.budget = budget;
        this.first = first;
    }

    /** Offers the snapshot of the state with the next sequence number. */
    void add(byte[] data, int off, int len) {
        if (count == slabOf.length) {
            grow();
        }
        int at = (head + count) & (slabOf.length - 1);
        count++;
        if (bytes + len > budget) {
            lengthOf[at] = ABSENT;
            return;
        }
        if (slabs.isEmpty() || len > SLAB - fillAt) {
            // a snapshot larger than a slab gets one of its own
            slabs.addLast(len <= SLAB && !spare.isEmpty() ? spare.pop() : new byte[Math.max(SLAB, len)]);
            fillAt = 0;
        }
        System.arraycopy(data, off, slabs.peekLast(), fillAt, len);
        slabOf[at] = firstSlab + slabs.size() - 1;
        offsetOf[at] = fillAt;
        lengthOf[at] = len;
        fillAt += len;
        bytes += len;
    }

    /** Takes the snapshot of state {@code seq}, which must be the first one: null if it was not cached. */
    byte[] take(long seq) {
        if (seq != first || count == 0) {
            return null;
        }
        int at = head;
        head = (head + 1) & (slabOf.length - 1);
        count--;
        first++;
        int len = lengthOf[at];
        if (len == ABSENT) {
            return null;
        }
        long slab = slabOf[at];
        while (firstSlab < slab) {
            retire(); // every entry of the slabs before this one was taken
        }
        bytes -= len;
        byte[] copy = Arrays.copyOfRange(slabs.peekFirst(), offsetOf[at], offsetOf[at] + len);
        if (bytes == 0 && slabs.size() > 1) {
            // nothing is waiting: keep only the slab being filled
            while (slabs.size() > 1) {
                retire();
            }
        }
        return copy;
    }

    /** Drops the oldest slab, keeping it for reuse if it has the usual size and there is room. */
    private void retire() {
        byte[] slab = slabs.pollFirst();
        firstSlab++;
        if (slab.length == SLAB && spare.size() < SPARE) {
            spare.push(slab);
        }
    }

    /** How many emptied slabs are kept for reuse (for tests). */
    int spareSlabs() {
        return spare.size();
    }

    private void grow() {
        int n = slabOf.length;
        long[] s = new long[n * 2];
        int[] o = new int[n * 2];
        int[] l = new int[n * 2];
        for (int i = 0; i < count; i++) {
            int from = (head + i) & (n - 1);
            s[i] = slabOf[from];
            o[i] = offsetOf[from];
            l[i] = lengthOf[from];
        }
        slabOf = s;
        offsetOf = o;
        lengthOf = l;
        head = 0;
    }
}
