package dev.ariadne.collect;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * The fingerprints of every state discovered so far, off the JVM heap: an open-addressing
 * table of longs in direct memory. One writer (the coordinator) adds; any thread may ask
 * {@link #contains} at any time without a lock: a reader may miss a fingerprint being
 * added, never see one that was not. Workers read it no more (they used to skip known
 * successors with it, until stop 16); a single-thread table in plain arrays was measured
 * and not kept (docs/benchmarks.md, "Stop 17"); the guarantee and its test stay.
 *
 * <p>Zero marks an empty slot (fingerprints are never 0). The table doubles when it is
 * half full; readers that still hold the old table keep reading a valid, smaller set.
 */
public final class FingerprintSet {
    private static final VarHandle SLOT = MethodHandles.byteBufferViewVarHandle(long[].class, ByteOrder.nativeOrder());
    /** Slots per chunk: a direct buffer holds at most 2 GiB, so large tables are chunked. */
    private static final int CHUNK_BITS = 24;
    private static final int CHUNK = 1 << CHUNK_BITS;

    /** An immutable-size table; published whole through the volatile field. */
    private static final class Table {
        final ByteBuffer[] chunks;
        final long mask;

        Table(long slots) {
            mask = slots - 1;
            int n = (int) Math.max(1, slots >>> CHUNK_BITS);
            chunks = new ByteBuffer[n];
            long perChunk = Math.min(slots, CHUNK);
            for (int i = 0; i < n; i++) {
                chunks[i] = ByteBuffer.allocateDirect((int) (perChunk * 8)).order(ByteOrder.nativeOrder());
            }
        }

        long get(long i) {
            return (long) SLOT.getAcquire(chunks[(int) (i >>> CHUNK_BITS)], (int) (i & (CHUNK - 1)) * 8);
        }

        void set(long i, long fp) {
            SLOT.setRelease(chunks[(int) (i >>> CHUNK_BITS)], (int) (i & (CHUNK - 1)) * 8, fp);
        }

        long slots() {
            return mask + 1;
        }
    }

    private volatile Table table;
    private long size;

    public FingerprintSet(long expected) {
        long slots = Long.highestOneBit(Math.max(16, expected * 2) - 1) << 1;
        table = new Table(slots);
    }

    public long size() {
        return size;
    }

    /** Whether the fingerprint was added (possibly missing one being added right now by the writer). */
    public boolean contains(long fp) {
        Table t = table;
        for (long i = mix(fp) & t.mask; ; i = (i + 1) & t.mask) {
            long v = t.get(i);
            if (v == fp) {
                return true;
            }
            if (v == 0) {
                return false;
            }
        }
    }

    /** Adds a fingerprint; returns false if it was there. Single writer only. */
    public boolean add(long fp) {
        if (fp == 0) {
            throw new IllegalArgumentException("fingerprint 0 is reserved");
        }
        Table t = table;
        for (long i = mix(fp) & t.mask; ; i = (i + 1) & t.mask) {
            long v = t.get(i);
            if (v == fp) {
                return false;
            }
            if (v == 0) {
                t.set(i, fp);
                if (++size * 2 > t.slots()) {
                    grow();
                }
                return true;
            }
        }
    }

    private void grow() {
        Table old = table;
        Table t = new Table(old.slots() * 2);
        for (long j = 0; j < old.slots(); j++) {
            long fp = old.get(j);
            if (fp != 0) {
                long i = mix(fp) & t.mask;
                while (t.get(i) != 0) {
                    i = (i + 1) & t.mask;
                }
                t.set(i, fp);
            }
        }
        table = t;
    }

    /** Fingerprints are already hashes, but their low bits feed the index: mix in the high ones. */
    private static long mix(long fp) {
        return fp ^ (fp >>> 29);
    }
}
