package dev.ariadne.store;

import dev.ariadne.storage.StateRecord;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Arrays;

/**
 * A state's entry inside a {@link Chunk}: its sequence number, its own fingerprint, its
 * record (parent fingerprint, step id, depth; 32 bytes in all, little-endian), then its
 * canonical snapshot. The fingerprint repeats the order file's entry so that damage to
 * either is told apart from the other, as the key did when states were keyed by it.
 */
final class StateEntry {
    static final int HEADER = 32;
    /**
     * Set in the depth of an entry whose snapshot is in a file of its own
     * ({@link LargeSnapshots}); the entry then holds the snapshot's length (a long) instead.
     */
    static final int OUT_OF_LINE = 1 << 31;
    private static final VarHandle LONG = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle INT = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);

    private StateEntry() {
    }

    /** Writes the entry at {@code at} of {@code b}, which has room for {@code HEADER + len} bytes there. */
    static void write(byte[] b, int at, long seq, long fp, long parentFp, int stepId, int depth,
                      byte[] snapshot, int off, int len) {
        LONG.set(b, at, seq);
        LONG.set(b, at + 8, fp);
        LONG.set(b, at + 16, parentFp);
        INT.set(b, at + 24, stepId);
        INT.set(b, at + 28, depth);
        System.arraycopy(snapshot, off, b, at + HEADER, len);
    }

    /** The sequence number of the entry at {@code at}. */
    static long seq(byte[] b, int at) {
        return (long) LONG.get(b, at);
    }

    /** The fingerprint of the state of the entry at {@code at}. */
    static long fp(byte[] b, int at) {
        return (long) LONG.get(b, at + 8);
    }

    /** The record of the entry at {@code at}. */
    static StateRecord record(byte[] b, int at) {
        return new StateRecord((long) LONG.get(b, at), (long) LONG.get(b, at + 16), (int) INT.get(b, at + 24),
                (int) INT.get(b, at + 28) & ~OUT_OF_LINE);
    }

    /** Whether the snapshot of the entry at {@code at} is kept out of line. */
    static boolean outOfLine(byte[] b, int at) {
        return ((int) INT.get(b, at + 28) & OUT_OF_LINE) != 0;
    }

    /** The length of the out-of-line snapshot of the entry at {@code at}. */
    static long outOfLineLength(byte[] b, int at) {
        return (long) LONG.get(b, at + HEADER);
    }

    /** What an out-of-line entry holds in place of its snapshot: the snapshot's length. */
    static byte[] lengthBytes(int len) {
        byte[] b = new byte[Long.BYTES];
        LONG.set(b, 0, (long) len);
        return b;
    }

    /** The snapshot of the entry {@code [at, end)}. */
    static byte[] snapshot(byte[] b, int at, int end) {
        return Arrays.copyOfRange(b, at + HEADER, end);
    }
}
