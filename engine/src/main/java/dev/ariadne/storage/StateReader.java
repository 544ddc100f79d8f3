package dev.ariadne.storage;

/**
 * The read side of a run's store: every distinct state in discovery order, its parent
 * pointer and snapshot, the run's metadata and its last checkpoint. Readers may run on
 * any thread, and in the process-isolation mode in other JVMs that open the store
 * read-only; they see what the writer ({@link StateStore}) added up to its last flush.
 */
public interface StateReader extends AutoCloseable {


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

    /** The last completed checkpoint, or {@code null} if none was ever written. */
    Checkpoint lastCheckpoint();

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
