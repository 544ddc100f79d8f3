package dev.ariadne.expand;

/**
 * Settings that change how fast a run goes, never what it finds.
 *
 * @param batchSize  the most states handed to a worker at once
 * @param cacheBytes the most snapshot bytes the coordinator keeps to send with batches
 */
public record Tuning(int batchSize, long cacheBytes) {
    /** The coordinator's default budget for frontier snapshots kept in memory. */
    public static final long DEFAULT_CACHE_BYTES = 128L << 20;

    public static Tuning defaults() {
        return new Tuning(256, DEFAULT_CACHE_BYTES);
    }
}
