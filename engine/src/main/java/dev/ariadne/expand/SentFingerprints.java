package dev.ariadne.expand;

import dev.ariadne.collect.LongTable;

/**
 * What one worker process has already told the coordinator: fingerprints it sent (or
 * expanded), each with the index of the batch it was in. A successor found again in a
 * later batch is known to the coordinator by the time that batch is merged (batches
 * merge in index order), so it need not travel again; one found in an earlier batch
 * (a retried batch) must, or the result would depend on timing. Bounded: when full, it
 * forgets everything, which costs only traffic.
 */
final class SentFingerprints {
    /** The most fingerprints remembered (a table of 2^22 slots, half full). */
    private static final int CAPACITY = 1 << 21;

    private final LongTable batches = new LongTable(1 << 15, true);

    /** Whether fp was sent or expanded in a batch before {@code batch}. */
    boolean knownBefore(long fp, long batch) {
        return batches.get(fp, Long.MAX_VALUE) < batch;
    }

    /** Records fp for {@code batch}, keeping the earliest batch it was seen in. */
    void record(long fp, long batch) {
        if (batches.size() >= CAPACITY) {
            batches.clear();
        }
        batches.put(fp, Math.min(batch, batches.get(fp, Long.MAX_VALUE)));
    }
}
