package dev.ariadne.snapshot;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * The 64-bit fingerprint of a state's canonical bytes: a multiply-rotate hash over
 * 8-byte words with a final avalanche. Never 0, which marks "no parent" in the store.
 */
public final class Fingerprint {
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long P1 = 0x9E3779B185EBCA87L;
    private static final long P2 = 0xC2B2AE3D27D4EB4FL;
    private static final long P3 = 0x165667B19E3779F9L;

    private Fingerprint() {
    }

    public static long of(byte[] b, int off, int len) {
        long h = P3 ^ (len * P1);
        int i = off;
        int end = off + len;
        for (; i + 8 <= end; i += 8) {
            long w = (long) LONGS.get(b, i);
            h ^= Long.rotateLeft(w * P2, 31) * P1;
            h = Long.rotateLeft(h, 27) * P1 + P3;
        }
        long tail = 0;
        for (int shift = 0; i < end; i++, shift += 8) {
            tail |= (b[i] & 0xFFL) << shift;
        }
        h ^= Long.rotateLeft(tail * P2, 31) * P1;
        h ^= h >>> 33;
        h *= P2;
        h ^= h >>> 29;
        h *= P3;
        h ^= h >>> 32;
        return h == 0 ? 1 : h;
    }

    /** A fingerprint as every message, trace and report prints it (and {@code trace --state} takes it): 16 hex digits. */
    public static String hex(long fp) {
        return String.format("%016x", fp);
    }

    /** The probability that two of n distinct states share a fingerprint: about n^2 / 2^65. */
    public static double collisionProbability(long n) {
        return Math.min(1.0, (double) n * (double) n / Math.pow(2, 65));
    }
}
