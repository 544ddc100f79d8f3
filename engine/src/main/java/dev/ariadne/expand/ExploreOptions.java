package dev.ariadne.expand;

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
 * @param maxViolations     with {@code keepGoing}: the most violations kept in full; later ones are only counted
 * @param invariants        {@code --invariant}: the names of the invariants to check, or null for all
 * @param properties        {@code --property}: the names of the properties to check, or null for all
 * @param symmetry          reduce by the model's symmetric values (off with {@code --no-symmetry})
 * @param coverage          {@code --coverage}: count, per action and label, how often it was enabled and taken
 */
public record ExploreOptions(int maxDepth, boolean checkDeadlock, boolean keepGoing, long stepBudget,
                             long timeoutMillis, long checkpointMillis, long progressMillis, int batchSize,
                             long cacheBytes, int maxViolations, List<String> invariants, List<String> properties,
                             boolean symmetry, boolean coverage) {

    public ExploreOptions {
        invariants = invariants == null ? null : List.copyOf(invariants);
        properties = properties == null ? null : List.copyOf(properties);
    }

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
                DEFAULT_CACHE_BYTES, DEFAULT_MAX_VIOLATIONS, null, null, true, false);
    }

    public ExploreOptions withCacheBytes(long bytes) {
        return edit().cacheBytes(bytes).done();
    }

    public ExploreOptions withDeadlock(boolean on) {
        return edit().checkDeadlock(on).done();
    }

    public ExploreOptions withMaxDepth(int depth) {
        return edit().maxDepth(depth).done();
    }

    public ExploreOptions withSymmetry(boolean on) {
        return edit().symmetry(on).done();
    }

    public ExploreOptions withCoverage(boolean on) {
        return edit().coverage(on).done();
    }

    public ExploreOptions withKeepGoing(boolean on) {
        return edit().keepGoing(on).done();
    }

    public ExploreOptions withTimeout(long millis) {
        return edit().timeoutMillis(millis).done();
    }

    public ExploreOptions withCheckpoint(long millis) {
        return edit().checkpointMillis(millis).done();
    }

    public ExploreOptions withProgress(long millis) {
        return edit().progressMillis(millis).done();
    }

    public ExploreOptions withStepBudget(long budget) {
        return edit().stepBudget(budget).done();
    }

    public ExploreOptions withBatchSize(int size) {
        return edit().batchSize(size).done();
    }

    public ExploreOptions withMaxViolations(int max) {
        return edit().maxViolations(max).done();
    }

    /** Only these invariants are checked (null: all of them). */
    public ExploreOptions withInvariants(List<String> names) {
        return edit().invariants(names).done();
    }

    /** Only these temporal properties are checked (null: all of them). */
    public ExploreOptions withProperties(List<String> names) {
        return edit().properties(names).done();
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

    private Edit edit() {
        return new Edit(this);
    }

    /** A copy being changed one field at a time: each {@code with...} above names only its own field. */
    private static final class Edit {
        private int maxDepth;
        private boolean checkDeadlock;
        private boolean keepGoing;
        private long stepBudget;
        private long timeoutMillis;
        private long checkpointMillis;
        private long progressMillis;
        private int batchSize;
        private long cacheBytes;
        private int maxViolations;
        private List<String> invariants;
        private List<String> properties;
        private boolean symmetry;
        private boolean coverage;

        Edit(ExploreOptions o) {
            symmetry = o.symmetry;
            coverage = o.coverage;
            maxDepth = o.maxDepth;
            checkDeadlock = o.checkDeadlock;
            keepGoing = o.keepGoing;
            stepBudget = o.stepBudget;
            timeoutMillis = o.timeoutMillis;
            checkpointMillis = o.checkpointMillis;
            progressMillis = o.progressMillis;
            batchSize = o.batchSize;
            cacheBytes = o.cacheBytes;
            maxViolations = o.maxViolations;
            invariants = o.invariants;
            properties = o.properties;
        }

        Edit maxDepth(int v) {
            maxDepth = v;
            return this;
        }

        Edit checkDeadlock(boolean v) {
            checkDeadlock = v;
            return this;
        }

        Edit keepGoing(boolean v) {
            keepGoing = v;
            return this;
        }

        Edit stepBudget(long v) {
            stepBudget = v;
            return this;
        }

        Edit timeoutMillis(long v) {
            timeoutMillis = v;
            return this;
        }

        Edit checkpointMillis(long v) {
            checkpointMillis = v;
            return this;
        }

        Edit progressMillis(long v) {
            progressMillis = v;
            return this;
        }

        Edit batchSize(int v) {
            batchSize = v;
            return this;
        }

        Edit cacheBytes(long v) {
            cacheBytes = v;
            return this;
        }

        Edit maxViolations(int v) {
            maxViolations = v;
            return this;
        }

        Edit invariants(List<String> v) {
            invariants = v;
            return this;
        }

        Edit symmetry(boolean v) {
            symmetry = v;
            return this;
        }

        Edit coverage(boolean v) {
            coverage = v;
            return this;
        }

        Edit properties(List<String> v) {
            properties = v;
            return this;
        }

        ExploreOptions done() {
            return new ExploreOptions(maxDepth, checkDeadlock, keepGoing, stepBudget, timeoutMillis, checkpointMillis,
                    progressMillis, batchSize, cacheBytes, maxViolations, invariants, properties, symmetry, coverage);
        }
    }
}
