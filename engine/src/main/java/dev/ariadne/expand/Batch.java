package dev.ariadne.expand;

/**
 * A run of consecutive frontier states handed to one worker: sequence numbers
 * {@code [firstSeq, firstSeq + fps.length)} with their fingerprints, depths and, where
 * the coordinator still had them, their snapshots; the worker reads the others from the
 * store.
 *
 * @param index     the batch's number in its run: results are merged in this order
 * @param snapshots the states' snapshot bytes, or null entries for those to read from the store
 */
public record Batch(RunContext run, long index, long firstSeq, long[] fps, int[] depths, byte[][] snapshots) {
    public int size() {
        return fps.length;
    }
}
