package dev.ariadne.expand;

/**
 * How far a search goes and what it keeps of what it finds.
 *
 * @param maxDepth      states at this depth are checked but not expanded; 0 for no bound
 * @param keepGoing     {@code --continue}: collect violations instead of stopping at the first
 * @param maxViolations with {@code keepGoing}: the most violations kept in full; later ones are only counted
 * @param coverage      {@code --coverage}: count, per action and label, how often it was enabled and taken
 */
public record SearchOptions(int maxDepth, boolean keepGoing, int maxViolations, boolean coverage) {
    /** How many violations {@code --continue} keeps unless told otherwise. */
    public static final int DEFAULT_MAX_VIOLATIONS = 200;
    /**
     * The most it may keep: the violations are saved in the checkpoint record and the run's
     * metadata, which must stay under 1 MiB with the model text.
     */
    public static final int LIMIT_MAX_VIOLATIONS = 1000;

    /** A search without coverage counting. */
    public SearchOptions(int maxDepth, boolean keepGoing, int maxViolations) {
        this(maxDepth, keepGoing, maxViolations, false);
    }

    public static SearchOptions defaults() {
        return new SearchOptions(0, false, DEFAULT_MAX_VIOLATIONS, false);
    }
}
