package dev.ariadne.store;

import dev.ariadne.explore.Checkpoint;
import dev.ariadne.explore.StateRecord;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.locks.LockSupport;

/**
 * A read-only view of a store for worker processes (or threads): snapshots and records by
 * fingerprint, fingerprints by sequence number, metadata and the last checkpoint, while the
 * writer keeps adding in its own process.
 *
 * <p>Visibility: the writer publishes a state (raises the order file's {@code published}
 * counter) only after it is in every map, so for {@code seq < size()} everything is found.
 * A fingerprint learned some other way (over a pipe from the coordinator) may be looked up
 * a moment before it is published: {@link #snapshot} then returns null, and
 * {@link #awaitSnapshot} waits for it. A miss re-scans the directory for tier files the
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
    private volatile boolean closed;

    private StoreReader(RunDirectory dir, MetaMap meta, OrderFile order, TierSet snapshots) {
        this.dir = dir;
        this.meta = meta;
        this.order = order;
        this.snapshots = snapshots;
    }

    /**
     * Opens a store for reading. The store must have a live writer, or have been closed
     * cleanly: a store whose writer crashed must be recovered by {@link ChronicleStateStore#open} first.
     */
    public static StoreReader open(Path directory) {
        RunDirectory dir = new RunDirectory(directory);
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
        byte[] value = lookup(fp);
        return value == null ? null : StateEntry.snapshot(value);
    }

    /** The record of {@code fp}, or null if it is not (yet) visible here. */
    public StateRecord record(long fp) {
        byte[] value = lookup(fp);
        return value == null ? null : StateEntry.record(value);
    }

    /**
     * The snapshot of {@code fp}, waiting up to {@code timeout} for the writer to publish it;
     * null if it did not appear in time. Spins briefly, then parks with a back-off up to a
     * millisecond, so a long wait costs no CPU to speak of.
     */
    public byte[] awaitSnapshot(long fp, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        long park = 1_000;
        for (int attempt = 0; ; attempt++) {
            byte[] value = snapshot(fp);
            if (value != null) {
                return value;
            }
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return null;
            }
            if (attempt < 20) {
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

    /** The entry of {@code fp} ({@link StateEntry}), or null if it is not (yet) visible here. */
    private byte[] lookup(long fp) {
        ensureOpen();
        try {
            byte[] value = snapshots.get(fp);
            if (value == null && snapshots.refresh()) {
                value = snapshots.get(fp);
            }
            if (value != null && !StateEntry.hasHeader(value.length)) {
                throw new StoreException(dir + ": the snapshots-*.cm files are damaged: "
                        + StateEntry.tooShort(fp, value.length));
            }
            return value;
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
