package dev.ariadne.store;

import dev.ariadne.explore.StateRecord;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Arrays;

/**
 * A state's value in the snapshot map: its record (seq, parent fingerprint, step id,
 * depth; 24 bytes, little-endian), then its canonical snapshot. One entry per state, so
 * the coordinator makes one Chronicle put per new state and the map is the visited set.
 */
final class StateEntry {
    static final int HEADER = 24;
    private static final VarHandle LONG = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle INT = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);

    private StateEntry() {
    }

    static byte[] encode(long seq, long parentFp, int stepId, int depth, byte[] snapshot, int off, int len) {
        byte[] b = new byte[HEADER + len];
        LONG.set(b, 0, seq);
        LONG.set(b, 8, parentFp);
        INT.set(b, 16, stepId);
        INT.set(b, 20, depth);
        System.arraycopy(snapshot, off, b, HEADER, len);
        return b;
    }

    /** Whether a value of this many bytes can be an entry at all (anything shorter is damage). */
    static boolean hasHeader(long size) {
        return size >= HEADER;
    }

    /** What is wrong with the entry of state {@code fp} if it has only {@code length} bytes (see {@link #hasHeader}). */
    static String tooShort(long fp, long length) {
        return String.format("the entry of state %016x has %d bytes", fp, length);
    }

    static long seq(byte[] b) {
        return (long) LONG.get(b, 0);
    }

    static StateRecord record(byte[] b) {
        return new StateRecord((long) LONG.get(b, 0), (long) LONG.get(b, 8), (int) INT.get(b, 16), (int) INT.get(b, 20));
    }

    static byte[] snapshot(byte[] b) {
        return Arrays.copyOfRange(b, HEADER, b.length);
    }
}
