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
 * @param maxViolations     with {@code keepGoing}: the most violations kept in full; later ones are only counted
 */
public record ExploreOptions(int maxDepth, boolean checkDeadlock, boolean keepGoing, long stepBudget,
                             long timeoutMillis, long checkpointMillis, long progressMillis, int batchSize,
                             long cacheBytes, int maxViolations) {

    /** How many violations {@code --continue} keeps unless told otherwise. */
    public static final int DEFAULT_MAX_VIOLATIONS = 200;
    /**
     * The most it may keep: the violations are saved in the checkpoint record and the run's
     * metadata, which must stay under 1 MiB with the model text.
     */
    public static final int LIMIT_MAX_VIOLATIONS = 1000;

    /** The coordinator's default budget for frontier snapshots kept in memory. */
    public static final long DEFAULT_CACHE_BYTES = 128L << 20;

    public static ExploreOptions defaults() {
        return new ExploreOptions(0, true, false, dev.ariadne.vm.Machine.DEFAULT_STEP_BUDGET, 0, 0, 0, 256,
                DEFAULT_CACHE_BYTES, DEFAULT_MAX_VIOLATIONS);
    }

    public ExploreOptions withCacheBytes(long bytes) {
        return new ExploreOptions(maxDepth, checkDeadlock, keepGoing, stepBudget, timeoutMillis, checkpointMillis,
                progressMillis, batchSize, bytes, maxViolations);
    }

    public ExploreOptions withDeadlock(boolean on) {
        return new ExploreOptions(maxDepth, on, keepGoing, stepBudget, timeoutMillis, checkpointMillis, progressMillis,
                batchSize, cacheBytes, maxViolations);
    }

    public ExploreOptions withMaxDepth(int depth) {
        return new ExploreOptions(depth, checkDeadlock, keepGoing, stepBudget, timeoutMillis, checkpointMillis,
                progressMillis, batchSize, cacheBytes, maxViolations);
    }

    public ExploreOptions withKeepGoing(boolean on) {
        return new ExploreOptions(maxDepth, checkDeadlock, on, stepBudget, timeoutMillis, checkpointMillis,
                progressMillis, batchSize, cacheBytes, maxViolations);
    }

    public ExploreOptions withTimeout(long millis) {
        return new ExploreOptions(maxDepth, checkDeadlock, keepGoing, stepBudget, millis, checkpointMillis,
                progressMillis, batchSize, cacheBytes, maxViolations);
    }

    public ExploreOptions withCheckpoint(long millis) {
        return new ExploreOptions(maxDepth, checkDeadlock, keepGoing, stepBudget, timeoutMillis, millis,
                progressMillis, batchSize, cacheBytes, maxViolations);
    }

    public ExploreOptions withProgress(long millis) {
        return new ExploreOptions(maxDepth, checkDeadlock, keepGoing, stepBudget, timeoutMillis, checkpointMillis,
                millis, batchSize, cacheBytes, maxViolations);
    }

    public ExploreOptions withStepBudget(long budget) {
        return new ExploreOptions(maxDepth, checkDeadlock, keepGoing, budget, timeoutMillis, checkpointMillis,
                progressMillis, batchSize, cacheBytes, maxViolations);
    }

    public ExploreOptions withBatchSize(int size) {
        return new ExploreOptions(maxDepth, checkDeadlock, keepGoing, stepBudget, timeoutMillis, checkpointMillis,
                progressMillis, size, cacheBytes, maxViolations);
    }

    public ExploreOptions withMaxViolations(int max) {
        return new ExploreOptions(maxDepth, checkDeadlock, keepGoing, stepBudget, timeoutMillis, checkpointMillis,
                progressMillis, batchSize, cacheBytes, max);
    }
}
