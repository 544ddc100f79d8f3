package dev.ariadne.liveness;

/**
 * The state graph a liveness check searches, in arrays: states by sequence number, each
 * one's edges as a range of {@link #target}, {@link #step} and {@link #fair}, and its
 * temporal predicate bits. A state with no edge (a terminal one, or one not expanded) may
 * only stutter.
 */
final class Graph {
    final int n;
    /** Fingerprint of each state. */
    final long[] fps;
    /** Edges of state s: {@code [start[s], start[s + 1])}. */
    final int[] start;
    final int[] target;
    final int[] step;
    /** The fair instance of each edge (an index below {@link #instances}), or -1. */
    final int[] fair;
    /** Whether each fair instance is strongly fair. */
    final boolean[] strong;
    final int instances;
    final long[] bits;
    final int words;
    /** States {@code [0, initial)} are the initial states. */
    final int initial;
    /** The first state of each depth: depth d + 1 starts at {@code levels[d]}. */
    private final int[] levels;

    Graph(long[] fps, int[] start, int[] target, int[] step, int[] fair, boolean[] strong, int instances, long[] bits,
          int words, int[] levels) {
        this.n = fps.length;
        this.fps = fps;
        this.start = start;
        this.target = target;
        this.step = step;
        this.fair = fair;
        this.strong = strong;
        this.instances = instances;
        this.bits = bits;
        this.words = words;
        this.levels = levels;
        this.initial = levels.length > 1 ? levels[1] : n;
    }

    /** The depth of a state in the store's breadth-first order: 1 for an initial state. */
    int depth(int state) {
        int i = java.util.Arrays.binarySearch(levels, state);
        return i >= 0 ? i + 1 : -i - 1;
    }

    boolean bit(int state, int bit) {
        return (bits[state * words + (bit >>> 6)] & (1L << bit)) != 0;
    }

    int edges() {
        return start[n];
    }
}
