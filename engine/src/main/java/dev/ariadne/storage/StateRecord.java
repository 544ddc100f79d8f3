package dev.ariadne.storage;

/**
 * What the visited set knows of one distinct state: how it was first reached.
 *
 * @param seq      its sequence number in discovery order
 * @param parentFp the fingerprint of the state it was first reached from, or {@link #NO_PARENT}
 * @param stepId   the step that led there from the parent (see {@code Program.stepName})
 * @param depth    its depth in states: an initial state has depth 1
 */
public record StateRecord(long seq, long parentFp, int stepId, int depth) {
    /** The parent of an initial state. */
    public static final long NO_PARENT = 0L;
    /** The step id of an initial state (it is produced by the initialisation). */
    public static final int INIT_STEP = dev.ariadne.vm.Machine.INIT_STEP;
}
