package dev.ariadne.expand;

/**
 * Settings that change how fast a run goes, never what it finds.
 *
 * @param batchSize  the most states handed to a worker at once (fewer for a model whose successors take many bytes)
 * @param cacheBytes the most snapshot bytes the coordinator keeps to send with batches
 */
public record Tuning(int batchSize, long cacheBytes) {
    /** The coordinator's default budget for frontier snapshots kept in memory. */
    public static final long DEFAULT_CACHE_BYTES = 128L << 20;
    /** Batches of up to 1,024 states took 0.92-0.99 of the time of 256-state ones at 2 workers (docs/benchmarks.md, "Stop 19"). */
    public static final int DEFAULT_BATCH_SIZE = 1024;

    public static Tuning defaults() {
        return new Tuning(DEFAULT_BATCH_SIZE, DEFAULT_CACHE_BYTES);
    }
}
