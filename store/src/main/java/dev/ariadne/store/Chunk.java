package dev.ariadne.store;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * The layout of one value of the snapshot map: the entries ({@link StateEntry}) of
 * {@link #STATES} consecutive states, stored under the key {@code seq / STATES}, so the
 * coordinator makes one Chronicle put per 32 new states instead of one per state.
 *
 * <pre>
 *   int count                  states in the chunk, 1..STATES (the last chunk may be partial)
 *   int end[count]             where entry i ends, counted from the first entry
 *   entries                    entry i is [end[i-1], end[i]), end[-1] = 0
 * </pre>
 * All little-endian. The chunk of {@code seq} and its place in it follow from {@code seq}
 * alone, so no index is kept: a reader given a sequence number makes one lookup.
 */
final class Chunk {
    /** States a chunk holds (a power of two). */
    static final int STATES = 32;
    private static final int SHIFT = Integer.numberOfTrailingZeros(STATES);
    private static final VarHandle INT = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);

    private Chunk() {
    }

    /** The key of the chunk holding state {@code seq}. */
    static long key(long seq) {
        return seq >>> SHIFT;
    }

    /** The place of state {@code seq} in its chunk. */
    static int index(long seq) {
        return (int) (seq & (STATES - 1));
    }

    /** The first sequence number of chunk {@code key}. */
    static long firstSeq(long key) {
        return key << SHIFT;
    }

    /** How many chunks hold {@code states} states. */
    static long chunksFor(long states) {
        return (states + STATES - 1) >>> SHIFT;
    }

    /** The bytes a chunk of {@code count} entries takes besides the entries. */
    static int overhead(int count) {
        return 4 + 4 * count;
    }

    static int count(byte[] v) {
        return (int) INT.get(v, 0);
    }

    /** Where entry {@code i} starts in {@code v}. */
    static int start(byte[] v, int i) {
        return overhead(count(v)) + (i == 0 ? 0 : (int) INT.get(v, 4 + 4 * (i - 1)));
    }

    /** Where entry {@code i} ends in {@code v}. */
    static int end(byte[] v, int i) {
        return overhead(count(v)) + (int) INT.get(v, 4 + 4 * i);
    }

    /** Writes the count and end table of {@code count} entries ending at {@code ends}, from {@code at} in {@code v}. */
    static void writeHead(byte[] v, int at, int count, int[] ends) {
        INT.set(v, at, count);
        for (int i = 0; i < count; i++) {
            INT.set(v, at + 4 + 4 * i, ends[i]);
        }
    }

    /**
     * What is wrong with the value stored as chunk {@code key}, or null if its layout is
     * sound: a count within bounds, ends that rise by at least a record each and end
     * exactly at the value's end, and each entry's own sequence number where it sits.
     */
    static String damage(long key, byte[] v) {
        String chunk = "chunk " + key + " (states " + firstSeq(key) + " to " + (firstSeq(key) + STATES - 1) + ")";
        if (v.length < 4) {
            return chunk + " has " + v.length + " bytes";
        }
        int count = count(v);
        if (count < 1 || count > STATES || overhead(count) > v.length) {
            return chunk + " says it holds " + count + " states in " + v.length + " bytes";
        }
        int previous = overhead(count);
        for (int i = 0; i < count; i++) {
            int end = end(v, i);
            if (end - previous < StateEntry.HEADER || end > v.length) {
                return chunk + ": its entry " + i + " ends at byte " + end + " of " + v.length;
            }
            if (StateEntry.seq(v, previous) != firstSeq(key) + i) {
                return chunk + ": its entry " + i + " is of state " + StateEntry.seq(v, previous);
            }
            previous = end;
        }
        return previous == v.length ? null : chunk + " has " + (v.length - previous) + " bytes past its last entry";
    }
}
