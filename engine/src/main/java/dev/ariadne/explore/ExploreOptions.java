package dev.ariadne.explore;

import java.util.List;

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
 * @param invariants        {@code --invariant}: the names of the invariants to check, or null for all
 * @param properties        {@code --property}: the names of the properties to check, or null for all
 *                          (carried for the liveness checker, which reads it)
 */
public record ExploreOptions(int maxDepth, boolean checkDeadlock, boolean keepGoing, long stepBudget,
                             long timeoutMillis, long checkpointMillis, long progressMillis, int batchSize,
                             long cacheBytes, List<String> invariants, List<String> properties) {

    public ExploreOptions {
        invariants = invariants == null ? null : List.copyOf(invariants);
        properties = properties == null ? null : List.copyOf(properties);
    }

    /** The coordinator's default budget for frontier snapshots kept in memory. */
    public static final long DEFAULT_CACHE_BYTES = 128L << 20;

    public static ExploreOptions defaults() {
        return new ExploreOptions(0, true, false, dev.ariadne.vm.Machine.DEFAULT_STEP_BUDGET, 0, 0, 0, 256,
                DEFAULT_CACHE_BYTES, null, null);
    }

    public ExploreOptions withCacheBytes(long bytes) {
        return new ExploreOptions(maxDepth, checkDeadlock, keepGoing, stepBudget, timeoutMillis, checkpointMillis,
                progressMillis, batchSize, bytes, invariants, properties);
    }

    public ExploreOptions withDeadlock(boolean on) {
        return new ExploreOptions(maxDepth, on, keepGoing, stepBudget, timeoutMillis, checkpointMillis, progressMillis,
                batchSize, cacheBytes, invariants, properties);
    }

    public ExploreOptions withMaxDepth(int depth) {
        return new ExploreOptions(depth, checkDeadlock, keepGoing, stepBudget, timeoutMillis, checkpointMillis,
                progressMillis, batchSize, cacheBytes, invariants, properties);
    }

    public ExploreOptions withKeepGoing(boolean on) {
        return new ExploreOptions(maxDepth, checkDeadlock, on, stepBudget, timeoutMillis, checkpointMillis,
                progressMillis, batchSize, cacheBytes, invariants, properties);
    }

    public ExploreOptions withTimeout(long millis) {
        return new ExploreOptions(maxDepth, checkDeadlock, keepGoing, stepBudget, millis, checkpointMillis,
                progressMillis, batchSize, cacheBytes, invariants, properties);
    }

    public ExploreOptions withCheckpoint(long millis) {
        return new ExploreOptions(maxDepth, checkDeadlock, keepGoing, stepBudget, timeoutMillis, millis,
                progressMillis, batchSize, cacheBytes, invariants, properties);
    }

    public ExploreOptions withProgress(long millis) {
        return new ExploreOptions(maxDepth, checkDeadlock, keepGoing, stepBudget, timeoutMillis, checkpointMillis,
                millis, batchSize, cacheBytes, invariants, properties);
    }

    public ExploreOptions withStepBudget(long budget) {
        return new ExploreOptions(maxDepth, checkDeadlock, keepGoing, budget, timeoutMillis, checkpointMillis,
                progressMillis, batchSize, cacheBytes, invariants, properties);
    }

    public ExploreOptions withBatchSize(int size) {
        return new ExploreOptions(maxDepth, checkDeadlock, keepGoing, stepBudget, timeoutMillis, checkpointMillis,
                progressMillis, size, cacheBytes, invariants, properties);
    }

    /** Checks only the invariants named (null: all). */
    public ExploreOptions withInvariants(List<String> names) {
        return new ExploreOptions(maxDepth, checkDeadlock, keepGoing, stepBudget, timeoutMillis, checkpointMillis,
                progressMillis, batchSize, cacheBytes, names, properties);
    }

    /** Checks only the properties named (null: all). */
    public ExploreOptions withProperties(List<String> names) {
        return new ExploreOptions(maxDepth, checkDeadlock, keepGoing, stepBudget, timeoutMillis, checkpointMillis,
                progressMillis, batchSize, cacheBytes, invariants, names);
    }

    /**
     * The positions in {@code declared} of the selected names, in declaration order, or
     * null when {@code selected} is null (everything is checked).
     *
     * @throws IllegalArgumentException for a name that is not declared
     */
    public static int[] selection(List<String> selected, List<String> declared) {
        if (selected == null) {
            return null;
        }
        for (String name : selected) {
            if (!declared.contains(name)) {
                throw new IllegalArgumentException("'" + name + "' is not declared");
            }
        }
        return java.util.stream.IntStream.range(0, declared.size()).filter(i -> selected.contains(declared.get(i)))
                .toArray();
    }
}
