package dev.ariadne.store;

import dev.ariadne.storage.Checkpoint;
import dev.ariadne.storage.DamagedStoreException;
import dev.ariadne.storage.StateRecord;
import dev.ariadne.storage.DurableStore;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * The persisted results of one run, in a run directory: the writer's side of the store
 * (the coordinator's), over Chronicle Map files that grow in tiers, a memory-mapped order
 * file, and a checkpoint record that reopening always returns to.
 *
 * <p>{@link #add}, {@link #checkpoint}, {@link #putMetadata} and {@link #close} must be
 * called from one thread; {@link #record}, {@link #snapshot}, {@link #fingerprintAt} and
 * {@link #size} from any thread, without a lock. Worker processes open the same directory
 * with {@link #openReader}. See {@code docs/store.md} for the layout and the guarantees.
 */
public final class ChronicleStateStore implements DurableStore {
    private final RunDirectory dir;
    private final WriterLock lock;
    private final MetaMap meta;
    private final OrderFile order;
    /** The snapshot map: one {@link Chunk} of consecutive states per key, a {@link StateEntry} per state in it. */
    private final TierSet snapshots;
    private final RecoveryReport report;
    private final SortedMap<String, String> metadata;
    private volatile DurableState durable;
    private volatile long size;
    /** States readers see: those whose chunks are in the map. */
    private volatile long published;
    /** The chunk the next states go to (writer only). */
    private final OpenChunk open = new OpenChunk();
    private final StateLookup states;
    private volatile boolean closed;
    /** Set when Chronicle failed in a way only recovery repairs (see {@link #chronicleFailure}), or the session did. */
    private volatile boolean needsRecovery;
    private final SpaceGuard space;

    ChronicleStateStore(RunDirectory dir, WriterLock lock, MetaMap meta, OrderFile order, TierSet snapshots,
                                DurableState durable, RecoveryReport report) {
        this.dir = dir;
        this.lock = lock;
        this.meta = meta;
        this.order = order;
        this.snapshots = snapshots;
        this.durable = durable;
        this.report = report;
        this.metadata = new TreeMap<>(durable.metadata());
        this.size = durable.discovered();
        this.published = size;
        this.space = SpaceGuard.of(dir.root());
        this.states = new StateLookup(snapshots, order, false,
                (part, why) -> new DamagedStoreException(this, part, why), dir.root());
        open.start(Chunk.key(size));
        if (Chunk.index(size) != 0) {
            // Rollback left the last chunk holding exactly the states before the checkpoint.
            open.resume(Chunk.key(size), snapshots.get(Chunk.key(size)), Chunk.index(size));
        }
    }

    /** The files that hold each part, for messages about damage. */
    static String files(Path directory, DamagedStoreException.Part part) {
        String where = " in " + directory;
        return switch (part) {
            case ORDER -> "order.dat" + where + " is";
            case SNAPSHOTS -> "the snapshots-*.cm files" + where + " are";
            case GRAPH -> "liveness.graph" + where + " is";
        };
    }

    @Override
    public String describe(DamagedStoreException.Part part) {
        return files(directory(), part);
    }

    /** Creates a new store in {@code directory}, which must be missing or empty. */
    public static ChronicleStateStore create(Path directory, StoreOptions options) {
        return StoreOpening.create(directory, options);
    }

    /**
     * Opens an existing store for writing, back at its last checkpoint: whatever was added
     * after it is dropped. After a crash every map is recovered first (Chronicle's
     * {@code recoverPersistedTo}); after a clean close it is simply opened.
     */
    public static ChronicleStateStore open(Path directory) {
        return StoreOpening.open(directory);
    }

    /** Opens the store in {@code directory} if there is one, else creates it. */
    public static ChronicleStateStore openOrCreate(Path directory, StoreOptions options) {
        RunDirectory dir = new RunDirectory(directory);
        return Files.exists(dir.formatFile()) ? open(directory) : create(directory, options);
    }

    /** Opens the store read-only, for a worker process (or any thread) while the writer runs. */
    public static StoreReader openReader(Path directory) {
        return StoreReader.open(directory);
    }

    /**
     * Records a state. It is written to the map with the rest of its chunk: when the chunk
     * is full, at {@link #flush}, or at {@link #checkpoint}; only then do reads see it.
     */
    @Override
    public void add(long seq, long fp, long parentFp, int stepId, int depth, byte[] snapshot, int off, int len) {
        ensureOpen();
        if (seq != size) {
            throw new IllegalArgumentException("seq " + seq + " is not the next sequence number " + size);
        }
        Objects.checkFromIndexSize(off, len, snapshot.length);
        if (len > LargeSnapshots.INLINE_LIMIT) {
            // Too large for a chunk: the snapshot gets a file of its own, written before its entry.
            try {
                space.check();
                LargeSnapshots.write(dir, fp, snapshot, off, len);
            } catch (StoreException e) {
                throw chronicleFailure("cannot add state " + seq, e);
            }
            snapshot = StateEntry.lengthBytes(len);
            off = 0;
            len = snapshot.length;
            depth |= StateEntry.OUT_OF_LINE;
        }
        try {
            // Order first: recovery finds there every state whose chunk may have reached the map.
            order.append(seq, fp);
        } catch (RuntimeException e) {
            throw chronicleFailure("cannot add state " + seq, e);
        }
        open.append(seq, fp, parentFp, stepId, depth, snapshot, off, len);
        size = seq + 1;
        if (open.full()) {
            writeOpenChunk();
            open.start(Chunk.key(size));
        }
    }

    /** Writes the open chunk so far and publishes every state added: readers (in any process) see them all. */
    @Override
    public void flush() {
        ensureOpen();
        if (open.unflushed()) {
            writeOpenChunk();
        }
    }

    private void writeOpenChunk() {
        try {
            ByteSlice value = open.valueInPlace();
            space.beforeWrite(value.length());
            if (open.stored()) {
                snapshots.replace(open.key(), value);
            } else {
                snapshots.put(open.key(), value);
            }
        } catch (RuntimeException e) {
            // Not published (a retry rewrites the whole chunk).
            throw chronicleFailure("cannot write the states from " + Chunk.firstSeq(open.key()), e);
        }
        open.markStored();
        order.publish(size);
        published = size;
    }

    @Override
    public long size() {
        return size;
    }

    /** The states readers see (in any thread or process): those added up to the last flush or full chunk. */
    public long published() {
        return published;
    }

    @Override
    public StateRecord record(long fp) {
        return read("cannot read a record", () -> states.record(fp, published));
    }

    @Override
    public StateRecord recordAt(long seq) {
        return read("cannot read a record", () -> states.recordAt(seq, published));
    }

    @Override
    public long fingerprintAt(long seq) {
        ensureOpen();
        long n = size;
        if (seq < 0 || seq >= n) {
            throw new IndexOutOfBoundsException("seq " + seq + " outside [0, " + n + ")");
        }
        return order.get(seq);
    }

    /** Calls {@code action} with every {@code (seq, fp)} in {@code [from, to)}, in order (a flat read of the order file). */
    public void forEachFingerprint(long from, long to, SeqFpConsumer action) {
        ensureOpen();
        Objects.checkFromToIndex(from, to, size);
        for (long seq = from; seq < to; seq++) {
            action.accept(seq, order.get(seq));
        }
    }

    @Override
    public byte[] snapshot(long fp) {
        return read("cannot read a snapshot", () -> states.snapshot(fp, published));
    }

    @Override
    public byte[] snapshotAt(long seq) {
        return read("cannot read a snapshot", () -> states.snapshotAt(seq, published));
    }

    /** Runs a read of the map; damage found goes up as it is, a failure of Chronicle Map becomes {@code what}. */
    private <T> T read(String what, Supplier<T> lookup) {
        ensureOpen();
        try {
            return lookup.get();
        } catch (DamagedStoreException e) {
            throw e;
        } catch (RuntimeException e) {
            throw chronicleFailure(what, e);
        }
    }

    /**
     * Makes every state added so far durable, then the checkpoint record (forced last), so
     * a crash at any moment reopens at this checkpoint or at the previous one, whole.
     * {@code checkpoint.discovered()} may be below {@link #size()}: the states at or past it
     * are then dropped on reopen.
     */
    @Override
    public void checkpoint(Checkpoint checkpoint) {
        ensureOpen();
        long n = size;
        if (checkpoint.discovered() > n || checkpoint.discovered() < 0
                || checkpoint.expanded() < 0 || checkpoint.expanded() > checkpoint.discovered()) {
            throw new IllegalArgumentException("checkpoint " + checkpoint + " does not fit a store of " + n + " states");
        }
        try {
            space.check();
        } catch (StoreException e) {
            throw chronicleFailure("cannot write a checkpoint", e);
        }
        flush();
        DurableState next = new DurableState(durable.generation() + 1, checkpoint.discovered(), snapshots.infos(),
                checkpoint, metadata);
        try {
            order.force();
            snapshots.force();
            dir.syncDirectory(); // tier files renamed into place since the last checkpoint
        } catch (RuntimeException e) {
            throw chronicleFailure("cannot force its states to disk", e);
        }
        try {
            meta.write(next); // last: the record names only data already on disk
        } catch (IllegalArgumentException e) {
            throw e;
        } catch (RuntimeException e) {
            throw chronicleFailure("cannot write its checkpoint record", e);
        }
        durable = next;
    }

    @Override
    public Checkpoint lastCheckpoint() {
        return durable.checkpoint();
    }

    @Override
    public void putMetadata(String key, String value) {
        ensureOpen();
        Objects.requireNonNull(key, "key");
        if (value == null) {
            metadata.remove(key);
        } else {
            metadata.put(key, value);
        }
        try {
            meta.putMetadata(key, value);
        } catch (RuntimeException e) {
            throw chronicleFailure("cannot write metadata", e);
        }
    }

    @Override
    public String metadata(String key) {
        ensureOpen();
        try {
            return meta.metadata(key);
        } catch (RuntimeException e) {
            throw chronicleFailure("cannot read metadata", e);
        }
    }

    /**
     * Leaves the store to be recovered by its next open, back to its last checkpoint: a
     * session that failed may have written part of something after it, and a close must
     * not mark such a store clean.
     */
    @Override
    public void leaveForRecovery() {
        needsRecovery = true;
    }

    /** The disk-full error {@code e} is, or null ({@link SpaceGuard#diskFull}); the store is then left for recovery. */
    @Override
    public StoreException diskFull(Throwable e) {
        StoreException full = space.diskFull(e);
        if (full != null) {
            needsRecovery = true;
        }
        return full;
    }

    @Override
    public boolean crashedBefore() {
        return report.crashed();
    }

    @Override
    public long droppedStates() {
        return report.droppedStates();
    }

    /** What opening the store found and did (crash, states dropped, repairs). */
    public RecoveryReport recoveryReport() {
        return report;
    }

    /** Puts Chronicle refused and that a roll-over to a new tier then took (for tests). */
    int refusedPuts() {
        return snapshots.refusals();
    }

    /** The run directory. */
    public Path directory() {
        return dir.root();
    }

    /** How many tier files the snapshot map has now (for tests and reports). */
    public int tierCount() {
        return snapshots.count();
    }

    /**
     * Forces everything to disk and closes the files, then marks the store clean. No new
     * checkpoint is written: reopening returns to the last one. Reader threads must have
     * stopped (their calls after this throw {@link IllegalStateException}).
     */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        RuntimeException failure = null;
        boolean forced = false;
        try {
            order.force();
            snapshots.force();
            meta.force();
            forced = true;
        } catch (RuntimeException e) {
            failure = e;
        }
        List<AutoCloseable> all = List.of(snapshots, order, meta);
        failure = Resources.closeAll(all, failure);
        try {
            if (forced && failure == null && !needsRecovery) {
                lock.markClean();
            }
        } catch (RuntimeException e) {
            failure = e;
        } finally {
            lock.close();
        }
        if (failure != null) {
            throw failure;
        }
    }

    /**
     * Turns an exception from Chronicle into a {@link StoreException}. Chronicle's locks live
     * in the mapped files: a process killed while holding one (a reader killed in the middle
     * of a lookup) makes the next writer of that segment wait about a minute and then throw
     * {@code InterProcessDeadLockException}. Only recovery clears such a lock, so the store is
     * then left marked dirty on close, and the next open recovers it.
     */
    private StoreException chronicleFailure(String what, RuntimeException e) {
        needsRecovery = true;
        if (e instanceof StoreException se) {
            return se;
        }
        return StoreException.wrap(dir + " " + what, e);
    }

    private void ensureOpen() {
        if (closed) {
            throw new IllegalStateException("store " + dir + " is closed");
        }
    }
}
