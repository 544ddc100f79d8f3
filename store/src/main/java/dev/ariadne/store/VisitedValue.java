package dev.ariadne.store;

import dev.ariadne.explore.StateRecord;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/** The 24-byte value of a visited-set entry: seq, parent fingerprint, step id, depth (little-endian). */
final class VisitedValue {
    static final int SIZE = 24;
    private static final VarHandle LONG = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle INT = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);

    private VisitedValue() {
    }

    static byte[] encode(long seq, long parentFp, int stepId, int depth) {
        byte[] b = new byte[SIZE];
        LONG.set(b, 0, seq);
        LONG.set(b, 8, parentFp);
        INT.set(b, 16, stepId);
        INT.set(b, 20, depth);
        return b;
    }

    static long seq(byte[] b) {
        return (long) LONG.get(b, 0);
    }

    static StateRecord decode(byte[] b) {
        return new StateRecord((long) LONG.get(b, 0), (long) LONG.get(b, 8), (int) INT.get(b, 16), (int) INT.get(b, 20));
    }
}
