package dev.ariadne.store;

import dev.ariadne.storage.Checkpoint;
import dev.ariadne.storage.DamagedStoreException;
import dev.ariadne.storage.DurableStore;
import dev.ariadne.storage.StateRecord;

import java.nio.file.Path;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The store of a small run: its states on the heap, written with the metadata and the
 * checkpoint to one file, {@code states.small}, replaced atomically (temporary file,
 * fsync, rename, fsync of the directory) at every checkpoint. It loads no Chronicle class;
 * {@link GrowingStore} moves a run that grows into a {@link ChronicleStateStore}.
 * The writer lock and the clean-shutdown marker are the Chronicle store's ({@link WriterLock}).
 */
final class SmallStateStore implements DurableStore {
    private final RunDirectory dir;
    private final WriterLock lock;
    private final SpaceGuard space;
    private final StateTable states;
    /** The live metadata (what {@link #metadata} answers); the file holds it as of the last checkpoint. */
    private final SortedMap<String, String> metadata;
    private volatile Checkpoint checkpoint;
    private SortedMap<String, String> committedMetadata;
    private boolean needsRecovery;
    private volatile boolean closed;
    /** Set when the lock went to the Chronicle store this one grew into: closing then leaves it alone. */
    private boolean handedOver;

    private final boolean crashed;
    /** States the writer before this one had added after its last checkpoint (found through its {@link HeldCount}). */
    private final long dropped;
    /** How many states the store holds, in the dirty marker: what the next open drops after a crash. */
    private final HeldCount held;

    private SmallStateStore(RunDirectory dir, WriterLock lock, SmallFile.Image image, boolean crashed, long dropped) {
        this.dir = dir;
        this.crashed = crashed;
        this.dropped = dropped;
        this.lock = lock;
        this.space = SpaceGuard.of(dir.root());
        this.states = image.states();
        this.checkpoint = image.checkpoint();
        this.metadata = new TreeMap<>(image.metadata());
        this.committedMetadata = new TreeMap<>(image.metadata());
        this.held = HeldCount.attach(dir, states.size());
    }

    /** A new store in {@code directory}, which must be missing or empty; its file is written at once (no checkpoint yet). */
    static SmallStateStore create(Path directory) {
        RunDirectory dir = RunDirectory.createEmpty(directory);
        WriterLock lock = WriterLock.acquire(dir);
        try {
            lock.markDirty();
            SmallStateStore store = new SmallStateStore(dir, lock, new SmallFile.Image(new StateTable(), null, new TreeMap<>()),
                    false, 0);
            store.write(SmallFile.encode(store.states, 0, null, store.metadata));
            return store;
        } catch (RuntimeException e) {
            lock.close();
            throw StoreException.wrap(dir + " cannot be created", e);
        }
    }

    /**
     * Opens the store of {@code directory}, whose {@code states.small} exists, at its last
     * checkpoint. The Chronicle files of a migration that stopped before the Chronicle store's
     * first checkpoint are deleted: until then the small file is the store.
     */
    static SmallStateStore open(Path directory) {
        RunDirectory dir = new RunDirectory(directory);
        dir.refuseLinks();
        WriterLock lock = WriterLock.acquire(dir);
        try {
            SmallFile.Image image = SmallFile.read(dir.smallFile()); // before anything changes: a damaged file stays as it is
            // The states the last writer held past the ones its file keeps were added after its checkpoint: they are dropped.
            long dropped = lock.crashed() ? Math.max(0, HeldCount.read(dir) - image.states().size()) : 0;
            lock.markDirty();
            dir.deleteTemporaryFiles();
            dir.deleteChronicleFiles();
            return new SmallStateStore(dir, lock, image, lock.crashed(), dropped);
        } catch (RuntimeException e) {
            lock.close();
            throw StoreException.wrap(dir + " cannot be opened", e);
        }
    }

    @Override
    public void add(long seq, long fp, long parentFp, int stepId, int depth, byte[] snapshot, int off, int len) {
        ensureOpen();
        Objects.checkFromIndexSize(off, len, snapshot.length);
        states.add(seq, fp, parentFp, stepId, depth, snapshot, off, len);
        held.set(seq + 1); // seq is the size before the add (the contract of add)
    }

    @Override
    public void checkpoint(Checkpoint cp) {
        ensureOpen();
        long n = states.size();
        if (cp.discovered() > n || cp.discovered() < 0 || cp.expanded() < 0 || cp.expanded() > cp.discovered()) {
            throw new IllegalArgumentException("checkpoint " + cp + " does not fit a store of " + n + " states");
        }
        byte[] bytes;
        synchronized (this) {
            bytes = SmallFile.encode(states, (int) cp.discovered(), cp, metadata);
        }
        try {
            space.checkRoomFor(bytes.length);
            write(bytes);
        } catch (StoreException e) {
            needsRecovery = true;
            throw e;
        }
        checkpoint = cp;
        synchronized (this) {
            committedMetadata = new TreeMap<>(metadata);
        }
    }

    /** Replaces the file by {@code bytes}, durably. */
    private void write(byte[] bytes) {
        dir.replaceFile(dir.smallFile(), bytes);
    }

    @Override
    public synchronized void putMetadata(String key, String value) {
        ensureOpen();
        Objects.requireNonNull(key, "key");
        if (value == null) {
            metadata.remove(key);
        } else {
            metadata.put(key, value);
        }
    }

    @Override
    public synchronized String metadata(String key) {
        return metadata.get(key);
    }

    @Override
    public long size() {
        return states.size();
    }

    @Override
    public StateRecord record(long fp) {
        return states.record(fp);
    }

    @Override
    public StateRecord recordAt(long seq) {
        return states.recordAt(seq);
    }

    @Override
    public long fingerprintAt(long seq) {
        return states.fingerprintAt(seq);
    }

    @Override
    public byte[] snapshot(long fp) {
        return states.snapshot(fp);
    }

    @Override
    public byte[] snapshotAt(long seq) {
        return states.snapshotAt(seq);
    }

    @Override
    public Checkpoint lastCheckpoint() {
        return checkpoint;
    }

    @Override
    public String describe(DamagedStoreException.Part part) {
        return SmallFile.files(dir.root(), part);
    }

    @Override
    public Path directory() {
        return dir.root();
    }

    @Override
    public void leaveForRecovery() {
        needsRecovery = true;
    }

    @Override
    public StoreException diskFull(Throwable failure) {
        StoreException full = space.diskFull(failure);
        if (full != null) {
            needsRecovery = true;
        }
        return full;
    }

    @Override
    public boolean crashedBefore() {
        return crashed;
    }

    /**
     * The states added after the last checkpoint by a writer that crashed or failed, as a
     * Chronicle store counts them: they never reached {@code states.small}, but the count of
     * states the writer held did reach its dirty marker ({@link HeldCount}).
     */
    @Override
    public long droppedStates() {
        return dropped;
    }

    StateTable states() {
        return states;
    }

    RunDirectory runDirectory() {
        return dir;
    }

    /** The metadata as of the last checkpoint (what a migration gives the Chronicle store's first checkpoint). */
    SortedMap<String, String> committedMetadata() {
        return committedMetadata;
    }

    /** The live metadata. */
    SortedMap<String, String> liveMetadata() {
        return metadata;
    }

    /** Lends the writer lock to the Chronicle store this one grows into; this store is closed from now on. */
    WriterLock handOverLock() {
        handedOver = true;
        closed = true;
        return lock;
    }

    /** The Chronicle store could not be created: this store is open again, with its lock, its files left for recovery. */
    void takeBackLock() {
        handedOver = false;
        closed = false;
        needsRecovery = true;
    }

    /** Marks the store clean unless a failure left it for recovery; no new checkpoint is written. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (handedOver) {
            return;
        }
        try {
            if (!needsRecovery) {
                lock.markClean();
            }
        } finally {
            lock.close();
        }
    }

    private void ensureOpen() {
        if (closed) {
            throw new IllegalStateException("store " + dir + " is closed");
        }
    }
}
