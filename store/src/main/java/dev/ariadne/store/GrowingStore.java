package dev.ariadne.store;

import dev.ariadne.storage.Checkpoint;
import dev.ariadne.storage.DamagedStoreException;
import dev.ariadne.storage.DurableStore;
import dev.ariadne.storage.StateRecord;
import dev.ariadne.storage.StorageException;
import dev.ariadne.storage.StoreWarmUp;

import java.nio.file.Path;

/**
 * A run's store that starts small ({@link SmallStateStore}: the heap and one file, no
 * Chronicle class loaded) and grows into a {@link ChronicleStateStore} in the same directory
 * when the run passes a threshold ({@link Migration}). Chronicle's warm-up starts in the
 * background at a lower mark, so that the migration finds its classes ready.
 */
public final class GrowingStore implements DurableStore {
    /** States past which a run moves to Chronicle (docs/store.md); 0 makes every new store a Chronicle one. */
    static final String STATES_PROPERTY = "ariadne.store.smallStates";
    /** Snapshot bytes past which a run moves to Chronicle. */
    static final String BYTES_PROPERTY = "ariadne.store.smallBytes";
    private static final int MIGRATE_STATES = 65_536;
    private static final long MIGRATE_BYTES = 16L << 20;
    /** States at which a run starts Chronicle's warm-up (by default an eighth of the threshold). */
    static final String WARM_UP_PROPERTY = "ariadne.store.warmUpStates";
    /** A run this far towards the threshold starts Chronicle's warm-up. */
    private static final int WARM_UP_FRACTION = 8;

    private final int migrateStates = Integer.getInteger(STATES_PROPERTY, MIGRATE_STATES);
    private final long migrateBytes = Long.getLong(BYTES_PROPERTY, MIGRATE_BYTES);
    private final int warmUpStates = Integer.getInteger(WARM_UP_PROPERTY, migrateStates / WARM_UP_FRACTION);
    private final boolean crashedBefore;
    private final long droppedStates;
    /** The store states go to: the small one, then the Chronicle one. */
    private volatile DurableStore current;
    /** The small store until the migration, null after it (the one test on the hot path of large runs). */
    private SmallStateStore small;
    private boolean warming;

    private GrowingStore(SmallStateStore small) {
        this.small = small;
        this.current = small;
        this.crashedBefore = small.crashedBefore();
        this.droppedStates = small.droppedStates();
    }

    /** A new small store in {@code directory}, which must be missing or empty. */
    public static GrowingStore create(Path directory) {
        return new GrowingStore(SmallStateStore.create(directory));
    }

    /**
     * A new store in {@code directory}: a small one, or a Chronicle one when the property
     * {@value #STATES_PROPERTY} is 0 (tests of Chronicle run directories made by the commands).
     */
    public static DurableStore createForRun(Path directory) {
        return Integer.getInteger(STATES_PROPERTY, MIGRATE_STATES) == 0
                ? ChronicleStateStore.create(directory, StoreOptions.defaults()) : create(directory);
    }

    /** The small store of {@code directory} (its {@code states.small} exists), at its last checkpoint. */
    public static GrowingStore open(Path directory) {
        GrowingStore store = new GrowingStore(SmallStateStore.open(directory));
        store.grow();
        return store;
    }

    @Override
    public void add(long seq, long fp, long parentFp, int stepId, int depth, byte[] snapshot, int off, int len) {
        current.add(seq, fp, parentFp, stepId, depth, snapshot, off, len);
        if (small != null) {
            grow();
        }
    }

    /** Starts the warm-up, or migrates, when the small store has reached the mark for it. */
    private void grow() {
        StateTable states = small.states();
        int n = states.size();
        long bytes = states.bytes();
        if (!warming && (n >= warmUpStates || bytes >= migrateBytes / WARM_UP_FRACTION)) {
            warming = true;
            StoreWarmUp.start();
        }
        if (n >= migrateStates || bytes >= migrateBytes) {
            migrate();
        }
    }

    /** Moves the run into a Chronicle store now (process isolation: worker JVMs read states from it). */
    @Override
    public void shareWithWorkers() {
        if (small != null) {
            migrate();
        }
    }

    private void migrate() {
        ChronicleStateStore chronicle = Migration.toChronicle(small);
        current = chronicle;
        small = null;
    }

    /** Whether the run still lives in the small store (for tests). */
    boolean isSmall() {
        return small != null;
    }

    @Override
    public void flush() {
        current.flush();
    }

    @Override
    public void checkpoint(Checkpoint checkpoint) {
        current.checkpoint(checkpoint);
    }

    @Override
    public void putMetadata(String key, String value) {
        current.putMetadata(key, value);
    }

    @Override
    public long size() {
        return current.size();
    }

    @Override
    public StateRecord record(long fp) {
        return current.record(fp);
    }

    @Override
    public StateRecord recordAt(long seq) {
        return current.recordAt(seq);
    }

    @Override
    public long fingerprintAt(long seq) {
        return current.fingerprintAt(seq);
    }

    @Override
    public byte[] snapshot(long fp) {
        return current.snapshot(fp);
    }

    @Override
    public byte[] snapshotAt(long seq) {
        return current.snapshotAt(seq);
    }

    @Override
    public Checkpoint lastCheckpoint() {
        return current.lastCheckpoint();
    }

    @Override
    public String metadata(String key) {
        return current.metadata(key);
    }

    @Override
    public String describe(DamagedStoreException.Part part) {
        return current.describe(part);
    }

    @Override
    public Path directory() {
        return current.directory();
    }

    @Override
    public void leaveForRecovery() {
        current.leaveForRecovery();
    }

    @Override
    public StorageException diskFull(Throwable failure) {
        return current.diskFull(failure);
    }

    @Override
    public boolean crashedBefore() {
        return crashedBefore;
    }

    @Override
    public long droppedStates() {
        return droppedStates;
    }

    @Override
    public void close() {
        current.close();
    }
}
