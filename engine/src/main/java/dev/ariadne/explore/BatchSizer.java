package dev.ariadne.explore;

/**
 * How many states the explorer hands a worker at once: up to the tuning's batch size, but
 * for a model whose successors take many bytes only as many as keep a batch's results near
 * {@link #RESULT_BYTES}, and never fewer than {@link #FLOOR} (or the tuning's size, if smaller).
 *
 * <p>Larger batches find more duplicate successors inside the batch, where they cost a probe
 * of a small table instead of a copy, a transfer and a probe of the visited set, and they
 * cross the pool, and the pipe to a worker JVM, fewer times. The byte bound keeps a batch's
 * results near 2 MiB (eight batches in flight per worker), and a model whose successors are
 * large keeps the 256-state batches it had, so none runs out of memory for larger batches.
 */
final class BatchSizer {
    /** The result bytes a batch is sized for, from the results merged so far. */
    static final long RESULT_BYTES = 2L << 20;
    /** The batch size before results are measured, and the least after. */
    static final int FLOOR = 256;

    private final int most;
    private long states;
    private long bytes;

    BatchSizer(int most) {
        this.most = most;
    }

    /** Counts a merged batch of {@code batchStates} states whose successors took {@code resultBytes}. */
    void merged(int batchStates, long resultBytes) {
        states += batchStates;
        bytes += resultBytes;
    }

    /** The most states the next batch may hold. */
    int limit() {
        int floor = Math.min(most, FLOOR);
        if (states == 0) {
            return floor;
        }
        long perState = Math.max(1, bytes / states);
        return (int) Math.max(floor, Math.min(most, RESULT_BYTES / perState));
    }
}
