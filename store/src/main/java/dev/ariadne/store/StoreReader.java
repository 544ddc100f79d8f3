package dev.ariadne.store;

import dev.ariadne.storage.Checkpoint;
import dev.ariadne.storage.StateRecord;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Supplier;

/**
 * A read-only view of a store for worker processes (or threads): snapshots and records by
 * sequence number or fingerprint, fingerprints by sequence number, metadata and the last
 * checkpoint, while the writer keeps adding in its own process.
 *
 * <p>Visibility: the writer publishes states (raises the order file's {@code published}
 * counter) only after their chunk is in the map, so for {@code seq < size()} everything is
 * found. A state learned of some other way (over a pipe from the coordinator) may be looked
 * up a moment before it is published: {@link #snapshotAt} then returns null, and
 * {@link #awaitSnapshotAt} waits for it. A miss re-scans the directory for tier files the
 * writer added since, so the reader follows the store's growth by itself.
 *
 * <p>A reader is valid for one writer session: if the writer closes and the store is
 * reopened (which rolls it back to its checkpoint), open a new reader. If the writer dies
 * while holding one of Chronicle's segment locks, a lookup in that segment blocks for up to
 * about a minute and then fails with a {@link StoreException}.
 */
public final class StoreReader implements AutoCloseable {
    private static final long MAX_PARK_NANOS = 1_000_000;

    private final RunDirectory dir;
    private final MetaMap meta;
    private final OrderFile order;
    private final TierSet snapshots;
    private final StateLookup states;
    private volatile boolean closed;

    private StoreReader(RunDirectory dir, MetaMap meta, OrderFile order, TierSet snapshots) {
        this.dir = dir;
        this.meta = meta;
        this.order = order;
        this.snapshots = snapshots;
        this.states = new StateLookup(snapshots, order, true,
                (part, why) -> new StoreException(ChronicleStateStore.files(dir.root(), part) + " damaged: " + why),
                dir.root());
    }

    /**
     * Opens a store for reading. The store must have a live writer, or have been closed
     * cleanly: a store whose writer crashed must be recovered by {@link ChronicleStateStore#open} first.
     */
    public static StoreReader open(Path directory) {
        RunDirectory dir = new RunDirectory(directory);
        dir.refuseLinks();
        StoreFormat format = StoreFormat.read(dir);
        if (Files.exists(dir.dirtyMarker()) && !WriterLock.writerAlive(dir)) {
            throw new StoreException(dir.dirtyMarker() + " says the writer crashed: open the store for writing to recover it before reading");
        }
        MetaMap meta = null;
        OrderFile order = null;
        try {
            meta = MetaMap.openForReading(dir, format);
            order = OrderFile.open(dir.orderFile(), false);
            TierSet snapshots = TierSet.openForReading(dir, TierKind.SNAPSHOTS);
            return new StoreReader(dir, meta, order, snapshots);
        } catch (RuntimeException e) {
            throw Resources.closeAll(Arrays.asList(meta, order), e);
        }
    }

    /** States the writer has published (all of their maps written). */
    public long size() {
        ensureOpen();
        return order.published();
    }

    /** The fingerprint of a published state. */
    public long fingerprintAt(long seq) {
        long n = size();
        if (seq < 0 || seq >= n) {
            throw new IndexOutOfBoundsException("seq " + seq + " outside [0, " + n + ")");
        }
        return order.get(seq);
    }

    /** Calls {@code action} with every {@code (seq, fp)} in {@code [from, to)}, in order; {@code to <= size()}. */
    public void forEachFingerprint(long from, long to, SeqFpConsumer action) {
        Objects.checkFromToIndex(from, to, size());
        for (long seq = from; seq < to; seq++) {
            action.accept(seq, order.get(seq));
        }
    }

    /** The snapshot of {@code fp}, or null if it is not (yet) visible here. */
    public byte[] snapshot(long fp) {
        return read(() -> states.snapshot(fp, size()));
    }

    /** The record of {@code fp}, or null if it is not (yet) visible here. */
    public StateRecord record(long fp) {
        return read(() -> states.record(fp, size()));
    }

    /** The snapshot of state {@code seq}, or null if it is not (yet) published. */
    public byte[] snapshotAt(long seq) {
        return read(() -> states.snapshotAt(seq, size()));
    }

    /** The record of state {@code seq}, or null if it is not (yet) published. */
    public StateRecord recordAt(long seq) {
        return read(() -> states.recordAt(seq, size()));
    }

    /**
     * The snapshot of state {@code seq}, waiting up to {@code timeout} for the writer to
     * publish it; null if it did not appear in time. Spins briefly, then parks with a
     * back-off up to a millisecond, so a long wait costs no CPU to speak of.
     */
    public byte[] awaitSnapshotAt(long seq, Duration timeout) {
        return await(() -> snapshotAt(seq), timeout);
    }

    /** Like {@link #awaitSnapshotAt}, for a state known by its fingerprint. */
    public byte[] awaitSnapshot(long fp, Duration timeout) {
        return await(() -> snapshot(fp), timeout);
    }

    private static byte[] await(Supplier<byte[]> attempt, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        long park = 1_000;
        for (int i = 0; ; i++) {
            byte[] value = attempt.get();
            if (value != null) {
                return value;
            }
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return null;
            }
            if (i < 20) {
                Thread.onSpinWait();
            } else {
                LockSupport.parkNanos(Math.min(park, left));
                park = Math.min(park * 2, MAX_PARK_NANOS);
                if (Thread.interrupted()) {
                    Thread.currentThread().interrupt();
                    return null;
                }
            }
        }
    }

    /** One item of run metadata as the writer last set it, or null. */
    public String metadata(String key) {
        ensureOpen();
        try {
            return meta.metadata(key);
        } catch (RuntimeException e) {
            throw readFailure(e);
        }
    }

    /** The writer's last completed checkpoint, or null. */
    public Checkpoint lastCheckpoint() {
        ensureOpen();
        try {
            return meta.latest().checkpoint();
        } catch (RuntimeException e) {
            throw readFailure(e);
        }
    }

    /** How many tier files of the snapshot map this reader has open. */
    public int tierCount() {
        return snapshots.count();
    }

    /** Runs a read, turning what Chronicle throws into a {@link StoreException} naming the store. */
    private <T> T read(Supplier<T> lookup) {
        ensureOpen();
        try {
            return lookup.get();
        } catch (StoreException e) {
            throw e;
        } catch (RuntimeException e) {
            throw readFailure(e);
        }
    }

    /** E.g. Chronicle's InterProcessDeadLockException after the writer died holding a lock. */
    private StoreException readFailure(RuntimeException e) {
        return StoreException.wrap(dir + " cannot be read", e);
    }

    private void ensureOpen() {
        if (closed) {
            throw new IllegalStateException("reader of " + dir + " is closed");
        }
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        Resources.closeAll(List.of(meta, order, snapshots));
    }
}
