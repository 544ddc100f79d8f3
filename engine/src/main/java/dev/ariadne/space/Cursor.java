package dev.ariadne.space;

import dev.ariadne.lang.syntax.Location;
import dev.ariadne.result.StateView;
import dev.ariadne.result.Violation;

/**
 * One thread's position in a {@link StateSpace}: the loaded state and the scratch buffers
 * to run its steps and encode its successors. Not thread-safe. The hot path ({@link #load},
 * {@link #runStep}, {@link #violation}) allocates nothing per state unless it finds a fault.
 * The steps of a loaded state are numbered {@code [0, stepCount())}; a step may yield
 * several successors (its branches) or none (it is not enabled).
 */
public interface Cursor {
    /**
     * Generates every initial state, in the space's canonical order, duplicates included;
     * leaves no state loaded.
     *
     * @throws ModelError when the initialisation fails
     */
    void initialStates(SuccessorSink sink);

    /** Makes the state {@code fp} with bytes {@code bytes[off, off + len)} the loaded state; the cursor keeps the array. */
    void load(long fp, byte[] bytes, int off, int len);

    /**
     * The first invariant (or state property) the loaded state violates, or the error
     * evaluating one, as a finding; null when every one holds.
     */
    Violation violation();

    /**
     * Sets {@code out[off, off + propertyWords())} to the loaded state's temporal predicate bits.
     *
     * @throws ModelError when evaluating a predicate fails
     */
    void properties(long[] out, int off);

    /**
     * Whether the loaded state's successors are to be explored (its state constraints hold);
     * a state that fails one is kept and checked, but not expanded.
     *
     * @throws ModelError when evaluating a constraint fails
     */
    boolean expandable();

    /** The number of steps of the loaded state. */
    int stepCount();

    /**
     * Runs step {@code step} of the loaded state, one sink call per successor in canonical
     * order; the loaded state is the same afterwards.
     *
     * @throws ModelError when the step fails (a failed assertion, a runtime error)
     */
    void runStep(int step, SuccessorSink sink);

    /**
     * Whether the loaded state may have no successor without being a deadlock (every
     * process has finished).
     */
    boolean terminal();

    /**
     * During a sink call of {@link #runStep}: the fair instance behind the step, as a key
     * agreed by every cursor of every process (lowest two bits: 1 weak, 2 strong), or 0
     * when the step is not fair.
     */
    long fairKey(int step);

    /** During a sink call (or for {@link StateSpace#INIT_STEP}): the step's name for people, parameters included. */
    String stepName(int step);

    /** During a sink call: where the step is declared, or null. */
    Location stepLocation(int step);

    /**
     * The {@link StateSpace#coverageLayout coverage} key step {@code step} of the loaded
     * state counts under, taken before the step runs; -1 when it counts under none.
     */
    default int coverageKey(int step) {
        return -1;
    }

    /**
     * Sets {@code out[off, off + n)} to a hash of the value of each of the n variables of
     * the {@link StateSpace#coverageLayout coverage} layout in the loaded state: equal
     * values hash alike, in every process.
     */
    default void variableHashes(long[] out, int off) {
    }

    /** The state {@code bytes[off, off + len)} for people; leaves the loaded state undefined. */
    StateView view(byte[] bytes, int off, int len);
}
