package dev.ariadne.space;

import dev.ariadne.result.TraceStep;

import java.util.List;

/**
 * The builder of concrete traces of a space whose stored states are canonical forms (a
 * reduction by symmetry): consecutive stored forms are one step apart only up to a
 * renaming, so each step is found again from the concrete state reached so far.
 */
public interface ConcreteTracer {
    /**
     * The trace through the stored states {@code chain} (fingerprints, initial state first),
     * whose first state's checked snapshot is {@code first}.
     */
    List<TraceStep> trace(List<Long> chain, byte[] first);

    /** Whether a trace has been built, so that names can be said in its last concrete state. */
    boolean reached();

    /** A name given in the stored form of the last state, said in the last concrete state's values. */
    String renamed(String name);
}
