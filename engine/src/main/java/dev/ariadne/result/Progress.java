package dev.ariadne.result;

/**
 * A progress report of a check: what a progress line shows, or a note on a phase.
 *
 * @param note a phase's note (the property check starting, its cost), or null for a report of the counts
 */
public record Progress(double elapsedSeconds, int depth, long generated, long distinct, long queue, double perSecond,
                       String note) {
    /** A report of the search's counts. */
    public Progress(double elapsedSeconds, int depth, long generated, long distinct, long queue, double perSecond) {
        this(elapsedSeconds, depth, generated, distinct, queue, perSecond, null);
    }
}
