package dev.ariadne.storage;

/**
 * A run's store as its single writer, the coordinator, sees it: the read side
 * ({@link StateReader}) and the calls that add states, metadata and checkpoints, all
 * made from one thread.
 *
 * <p>States are numbered by a sequence number {@code seq = 0, 1, 2, ...} in the order
 * they were discovered. Because exploration is breadth-first and merged in frontier
 * order, the unexpanded frontier is always the range {@code [checkpoint.expanded(),
 * size())}, so a checkpoint is a handful of numbers.
 */
public interface StateStore extends StateReader {

    /**
     * Records a newly discovered state with the next sequence number, which must equal
     * {@link #size()} before the call. {@code snapshot[off, off + len)} are its canonical
     * bytes. A root (initial) state has {@code parentFp == StateRecord.NO_PARENT}.
     */
    void add(long seq, long fp, long parentFp, int stepId, int depth, byte[] snapshot, int off, int len);

    /**
     * Makes every state added so far visible to readers, on any thread and in any process.
     * A store may buffer what {@link #add} gives it until then (or until {@link #checkpoint}).
     */
    default void flush() {
    }

    /**
     * Makes everything added so far durable together with this checkpoint, atomically:
     * after a crash the store reopens exactly at the last completed checkpoint.
     */
    void checkpoint(Checkpoint checkpoint);

    /** Stores one item of run metadata (model text hash, options, ...), durably at the next checkpoint. */
    void putMetadata(String key, String value);
}
