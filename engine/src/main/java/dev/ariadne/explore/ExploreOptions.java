package dev.ariadne.explore;

/**
 * How to explore.
 *
 * @param maxDepth          states at this depth are checked but not expanded; 0 for no bound
 * @param checkDeadlock     report states without successors where not every process is Done
 * @param keepGoing         {@code --continue}: collect violations instead of stopping at the first
 * @param stepBudget        instructions one branch of a step may run
 * @param timeoutMillis     stop (resumably) after this long; 0 for none
 * @param checkpointMillis  write a checkpoint this often; 0 for only at the end
 * @param progressMillis    report progress this often; 0 for never
 * @param batchSize         the most states handed to a worker at once
 * @param cacheBytes        the most snapshot bytes the coordinator keeps to send with batches
 */
public record ExploreOptions(int maxDepth, boolean checkDeadlock, boolean keepGoing, long stepBudget,
                             long timeoutMillis, long checkpointMillis, long progressMillis, int batchSize,
                             long cacheBytes) {

    /** The coordinator's default budget for frontier snapshots kept in memory. */
    public static final long DEFAULT_CACHE_BYTES = 128L << 20;

    public static ExploreOptions defaults() {
        return new ExploreOptions(0, true, false, dev.ariadne.vm.Machine.DEFAULT_STEP_BUDGET, 0, 0, 0, 256,
                DEFAULT_CACHE_BYTES);
    }

    public ExploreOptions withCacheBytes(long bytes) {
        return new ExploreOptions(maxDepth, checkDeadlock, keepGoing, stepBudget, timeoutMillis, checkpointMillis,
                progressMillis, batchSize, bytes);
    }

    public ExploreOptions withDeadlock(boolean on) {
        return new ExploreOptions(maxDepth, on, keepGoing, stepBudget, timeoutMillis, checkpointMillis, progressMillis,
                batchSize, cacheBytes);
    }

    public ExploreOptions withMaxDepth(int depth) {
        return new ExploreOptions(depth, checkDeadlock, keepGoing, stepBudget, timeoutMillis, checkpointMillis,
                progressMillis, batchSize, cacheBytes);
    }

    public ExploreOptions withKeepGoing(boolean on) {
        return new ExploreOptions(maxDepth, checkDeadlock, on, stepBudget, timeoutMillis, checkpointMillis,
                progressMillis, batchSize, cacheBytes);
    }

    public ExploreOptions withTimeout(long millis) {
        return new ExploreOptions(maxDepth, checkDeadlock, keepGoing, stepBudget, millis, checkpointMillis,
                progressMillis, batchSize, cacheBytes);
    }

    public ExploreOptions withCheckpoint(long millis) {
        return new ExploreOptions(maxDepth, checkDeadlock, keepGoing, stepBudget, timeoutMillis, millis,
                progressMillis, batchSize, cacheBytes);
    }

    public ExploreOptions withProgress(long millis) {
        return new ExploreOptions(maxDepth, checkDeadlock, keepGoing, stepBudget, timeoutMillis, checkpointMillis,
                millis, batchSize, cacheBytes);
    }

    public ExploreOptions withStepBudget(long budget) {
        return new ExploreOptions(maxDepth, checkDeadlock, keepGoing, budget, timeoutMillis, checkpointMillis,
                progressMillis, batchSize, cacheBytes);
    }

    public ExploreOptions withBatchSize(int size) {
        return new ExploreOptions(maxDepth, checkDeadlock, keepGoing, stepBudget, timeoutMillis, checkpointMillis,
                progressMillis, size, cacheBytes);
    }
}
