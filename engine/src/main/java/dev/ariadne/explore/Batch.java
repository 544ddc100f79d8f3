package dev.ariadne.explore;

/**
 * A run of consecutive frontier states handed to one worker: sequence numbers
 * {@code [firstSeq, firstSeq + fps.length)} with their fingerprints and depths. The
 * worker reads their snapshots from the store.
 *
 * @param index the batch's number in its run: results are merged in this order
 */
public record Batch(RunContext run, long index, long firstSeq, long[] fps, int[] depths) {
    public int size() {
        return fps.length;
    }
}
