package dev.ariadne.space;

import dev.ariadne.lang.syntax.Location;
import dev.ariadne.storage.StateReader;

/**
 * A state space as the engines see it: states are byte strings with 64-bit fingerprints,
 * and a {@link Cursor} (one per thread) enumerates the initial states, loads a state and
 * runs its steps, checks it and describes it. It knows nothing of explorers, stores or
 * pools, so a thread explorer, a worker JVM, the liveness recording or a distributed
 * engine can all drive it. An instance is immutable and shared by the threads of a run.
 */
public interface StateSpace {
    /** The step number of the initialisation (the step of every initial state). */
    int INIT_STEP = -1;

    /** A new cursor: the decoded state and scratch buffers of one thread. */
    Cursor cursor();

    /**
     * Longs of temporal predicate bits per state ({@link Cursor#properties}); 0 when no
     * property needs the state graph, so that its edges need not be recorded.
     */
    int propertyWords();

    /** The fingerprint of a state's bytes, the same as the cursors give with each successor. */
    long fingerprint(byte[] bytes, int off, int len);

    /**
     * Whether some states are kept but not expanded ({@link Cursor#expandable} can be false),
     * so that the state graph may be cut short.
     */
    default boolean constrained() {
        return false;
    }

    /** What {@code --coverage} counts in this space; null when it has nothing to count. */
    default CoverageLayout coverageLayout() {
        return null;
    }

    /**
     * The builder of concrete traces of the states in {@code store}, when this space stores
     * canonical forms (a reduction by symmetry); null when stored states are the states reached.
     */
    default ConcreteTracer concreteTraces(StateReader store) {
        return null;
    }

    /** Where a source offset of a {@link dev.ariadne.result.Violation} is, for people; null when it has none. */
    Location locate(int offset);
}
