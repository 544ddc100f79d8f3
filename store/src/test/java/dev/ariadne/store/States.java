package dev.ariadne.store;

import dev.ariadne.storage.StateRecord;
import dev.ariadne.snapshot.Fingerprint;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * Deterministic test states: everything about state {@code seq} (fingerprint, parent,
 * step, depth, snapshot bytes) is a function of {@code seq}, so a test, a child JVM and a
 * reader process agree on what the store must hold without talking to each other.
 */
final class States {
    private States() {
    }

    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    /** The fingerprint of the snapshot, as the engine computes it (the store checks entries against it). */
    static long fp(long seq) {
        byte[] s = snapshot(seq);
        return Fingerprint.of(s, 0, s.length);
    }

    static long parent(long seq) {
        return seq == 0 ? StateRecord.NO_PARENT : fp((seq - 1) / 2);
    }

    static int step(long seq) {
        return seq == 0 ? StateRecord.INIT_STEP : (int) (seq % 5);
    }

    static int depth(long seq) {
        return 64 - Long.numberOfLeadingZeros(seq + 1);
    }

    /** 16 to 195 bytes: the seq, then a pattern. */
    static byte[] snapshot(long seq) {
        int len = 16 + (int) Long.remainderUnsigned(mix(seq), 180);
        byte[] b = new byte[len];
        for (int i = 0; i < 8; i++) {
            b[i] = (byte) (seq >>> (8 * i));
        }
        for (int i = 8; i < len; i++) {
            b[i] = (byte) (seq * 31 + i);
        }
        return b;
    }

    static void add(ChronicleStateStore store, long seq) {
        byte[] s = snapshot(seq);
        store.add(seq, fp(seq), parent(seq), step(seq), depth(seq), s, 0, s.length);
    }

    /** Adds the states up to {@code n}, then flushes, so that every reader sees them. */
    static void addUpTo(ChronicleStateStore store, long n) {
        for (long seq = store.size(); seq < n; seq++) {
            add(store, seq);
        }
        store.flush();
    }

    static StateRecord record(long seq) {
        return new StateRecord(seq, parent(seq), step(seq), depth(seq));
    }

    /** Checks that the store holds exactly states {@code [0, n)} and none of the next {@code absent}. */
    static void verify(ChronicleStateStore store, long n, long absent) {
        assertEquals(n, store.size(), "size");
        for (long seq = 0; seq < n; seq++) {
            long fp = fp(seq);
            assertEquals(fp, store.fingerprintAt(seq), "fingerprint of " + seq);
            assertEquals(record(seq), store.record(fp), "record of " + seq);
            byte[] s = store.snapshot(fp);
            assertNotNull(s, "snapshot of " + seq);
            assertArrayEquals(snapshot(seq), s, "snapshot of " + seq);
        }
        for (long seq = n; seq < n + absent; seq++) {
            assertNull(store.record(fp(seq)), "record of " + seq + " should be gone");
            assertNull(store.snapshot(fp(seq)), "snapshot of " + seq + " should be gone");
        }
    }
}
