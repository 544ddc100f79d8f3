package dev.ariadne.storage;

/**
 * A store kept in a run directory, as a session that checks or resumes a run writes it:
 * a {@link StateStore} that survives the process, can be left for recovery after a
 * failure, and says whether its previous writer crashed.
 */
public interface DurableStore extends StateStore, AutoCloseable {
    /**
     * Leaves the store to be recovered by its next open, back to its last checkpoint: a
     * session that failed may have written part of something after it.
     */
    void leaveForRecovery();

    /** The disk-full error {@code failure} is (the store is then left for recovery), or null. */
    StorageException diskFull(Throwable failure);

    /** Whether the writer before this one did not close the store cleanly. */
    boolean crashedBefore();

    /** How many states added after the last checkpoint opening dropped (0 after a clean close). */
    long droppedStates();

    /**
     * Makes the states readable by worker processes from now on ({@link StoreOpener#openReadOnly}):
     * a store that keeps a small run in memory moves it to files that other processes map. The
     * explorer calls it before the first batch whose snapshots the workers must read from the
     * store (not kept in its frontier cache); until then the batches carry them.
     */
    default void shareWithWorkers() {
    }

    @Override
    void close();
}
