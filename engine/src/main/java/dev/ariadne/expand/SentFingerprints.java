package dev.ariadne.expand;

import java.util.Arrays;

/**
 * What one worker process has already told the coordinator: fingerprints it sent (or
 * expanded), each with the index of the batch it was in. A successor found again in a
 * later batch is known to the coordinator by the time that batch is merged (batches
 * merge in index order), so it need not travel again; one found in an earlier batch
 * (a retried batch) must, or the result would depend on timing. Bounded: when full, it
 * forgets everything, which costs only traffic.
 */
final class SentFingerprints {
    private static final int CAPACITY = 1 << 22;

    private long[] keys = new long[1 << 16];
    private long[] batches = new long[1 << 16];
    private int size;

    /** Whether fp was sent or expanded in a batch before {@code batch}. */
    boolean knownBefore(long fp, long batch) {
        int mask = keys.length - 1;
        for (int i = (int) (fp ^ (fp >>> 32)) & mask; ; i = (i + 1) & mask) {
            if (keys[i] == fp) {
                return batches[i] < batch;
            }
            if (keys[i] == 0) {
                return false;
            }
        }
    }

    /** Records fp for {@code batch}, keeping the earliest batch it was seen in. */
    void record(long fp, long batch) {
        if (size * 2 >= keys.length) {
            if (keys.length >= CAPACITY) {
                Arrays.fill(keys, 0);
                size = 0;
            } else {
                grow();
            }
        }
        int mask = keys.length - 1;
        for (int i = (int) (fp ^ (fp >>> 32)) & mask; ; i = (i + 1) & mask) {
            if (keys[i] == fp) {
                batches[i] = Math.min(batches[i], batch);
                return;
            }
            if (keys[i] == 0) {
                keys[i] = fp;
                batches[i] = batch;
                size++;
                return;
            }
        }
    }

    private void grow() {
        long[] k = keys;
        long[] b = batches;
        keys = new long[k.length * 2];
        batches = new long[k.length * 2];
        size = 0;
        for (int i = 0; i < k.length; i++) {
            if (k[i] != 0) {
                record(k[i], b[i]);
            }
        }
    }
}
