package dev.ariadne.explore;

/**
 * The persisted results of one run: every distinct state in discovery order, its
 * parent pointer and snapshot, the run's metadata and its last checkpoint.
 *
 * <p>The coordinator is the single writer: {@link #add}, {@link #flush},
 * {@link #checkpoint} and {@link #putMetadata} are called from one thread. Readers
 * ({@link #snapshotAt}, {@link #record}, {@link #fingerprintAt}, ...) may run on any
 * thread, and in the process-isolation mode in other JVMs that open the store read-only;
 * they see what was added up to the writer's last {@link #flush}.
 *
 * <p>States are numbered by a sequence number {@code seq = 0, 1, 2, ...} in the order
 * they were discovered. Because exploration is breadth-first and merged in frontier
 * order, the unexpanded frontier is always the range {@code [checkpoint.expanded(),
 * size())}, so a checkpoint is a handful of numbers.
 */
public interface StateStore extends AutoCloseable {

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

    /** The number of states recorded so far (including those after the last checkpoint). */
    long size();

    /** The record of a fingerprint, or {@code null} if it was never recorded. */
    StateRecord record(long fp);

    /** The fingerprint of the state with that sequence number; {@code seq < size()}. */
    long fingerprintAt(long seq);

    /** The snapshot bytes of a recorded state, or {@code null} if it was never recorded. */
    byte[] snapshot(long fp);

    /** The snapshot of the state with that sequence number, or {@code null} if it is not visible (yet). */
    default byte[] snapshotAt(long seq) {
        return seq < size() ? snapshot(fingerprintAt(seq)) : null;
    }

    /** The record of the state with that sequence number, or {@code null} if it is not visible (yet). */
    default StateRecord recordAt(long seq) {
        return seq < size() ? record(fingerprintAt(seq)) : null;
    }

    /**
     * Makes everything added so far durable together with this checkpoint, atomically:
     * after a crash the store reopens exactly at the last completed checkpoint.
     */
    void checkpoint(Checkpoint checkpoint);

    /** The last completed checkpoint, or {@code null} if none was ever written. */
    Checkpoint lastCheckpoint();

    /** Stores one item of run metadata (model text hash, options, ...), durably at the next checkpoint. */
    void putMetadata(String key, String value);

    /** One item of run metadata, or {@code null}. */
    String metadata(String key);

    /** How to name a part of this store in a message about its damage (its files, for a store on disk). */
    default String describe(DamagedStoreException.Part part) {
        return switch (part) {
            case ORDER -> "the order of states is";
            case SNAPSHOTS -> "the snapshots (and the records of states) are";
            case GRAPH -> "the state graph of the temporal properties is";
        };
    }

    /** The store's directory, for stores kept on disk that worker processes can open; null otherwise. */
    default java.nio.file.Path directory() {
        return null;
    }

    /** Releases every resource; a persisted store stays on disk, consistent at its last checkpoint. */
    @Override
    void close();
}
