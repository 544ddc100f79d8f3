package dev.ariadne.store;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/** How the writer's store comes to be: created in an empty directory, or opened (and recovered) at its last checkpoint. */
final class StoreOpening {
    private StoreOpening() {
    }

    /** Creates a new store in {@code directory}, which must be missing or empty. */
    static ChronicleStateStore create(Path directory, StoreOptions options) {
        RunDirectory dir = RunDirectory.createEmpty(directory);
        WriterLock lock = WriterLock.acquire(dir);
        try {
            lock.markDirty();
            return create(dir, lock, options);
        } catch (RuntimeException e) {
            lock.close();
            throw e;
        }
    }

    /**
     * Creates the Chronicle files in {@code dir}, whose writer lock the caller holds (and keeps
     * if this fails): how a small store grows into a Chronicle one in its own directory.
     */
    static ChronicleStateStore create(RunDirectory dir, WriterLock lock, StoreOptions options) {
        List<AutoCloseable> opened = new ArrayList<>();
        try {
            MetaMap meta = track(opened, MetaMap.create(dir));
            OrderFile order = track(opened, OrderFile.create(dir.orderFile()));
            TierSet snapshots = track(opened, TierSet.create(dir, TierKind.SNAPSHOTS, TierKind.initialCapacity(options),
                    TierKind.SNAPSHOTS.initialValueSize(options)));
            DurableState initial = new DurableState(0, 0, snapshots.infos(), null, new TreeMap<>());
            meta.write(initial);
            // The marker comes last: a directory without it is a store whose creation did not finish.
            new StoreFormat(StoreFormat.CURRENT_VERSION, meta.header(), meta.length()).write(dir);
            return new ChronicleStateStore(dir, lock, meta, order, snapshots, initial,
                    new RecoveryReport(false, 0, 0, false, 0, List.of(), 0));
        } catch (RuntimeException e) {
            RuntimeException failure = StoreException.wrap(dir + " cannot be created", e);
            Resources.closeAll(opened, failure);
            throw failure;
        }
    }

    /**
     * Opens an existing store for writing, back at its last checkpoint: whatever was added
     * after it is dropped. After a crash every map is recovered first (Chronicle's
     * {@code recoverPersistedTo}); after a clean close it is simply opened.
     */
    static ChronicleStateStore open(Path directory) {
        long start = System.nanoTime();
        RunDirectory dir = new RunDirectory(directory);
        dir.refuseLinks();
        StoreFormat format = StoreFormat.read(dir);
        WriterLock lock = WriterLock.acquire(dir);
        List<AutoCloseable> opened = new ArrayList<>();
        try {
            boolean crashed = lock.crashed();
            lock.markDirty();
            dir.deleteTemporaryFiles();
            Corruptions corruptions = new Corruptions();
            MetaMap meta = track(opened, MetaMap.open(dir, format, crashed, corruptions));
            DurableState durable = meta.latest();
            // Tiers created after the checkpoint hold only states added after it.
            int droppedTiers = dir.deleteTiersFrom(TierKind.SNAPSHOTS, durable.snapshots().size());
            OrderFile order = track(opened, OrderFile.open(dir.orderFile(), true));
            TierSet snapshots = track(opened, TierSet.open(dir, TierKind.SNAPSHOTS, durable.snapshots(), crashed, corruptions));
            Rollback.Result rollback = Rollback.toCheckpoint(durable.discovered(), order, snapshots, crashed);
            meta.replaceMetadata(durable.metadata());
            RecoveryReport report = new RecoveryReport(crashed, rollback.dropped(), droppedTiers, rollback.fullScan(),
                    corruptions.count, corruptions.first, (System.nanoTime() - start) / 1_000_000);
            return new ChronicleStateStore(dir, lock, meta, order, snapshots, durable, report);
        } catch (RuntimeException e) {
            // Whatever Chronicle throws on a damaged file becomes a StoreException naming the store.
            RuntimeException failure = StoreException.wrap(dir + " cannot be opened", e);
            Resources.closeAll(opened, failure);
            lock.close();
            throw failure;
        }
    }

    private static <T extends AutoCloseable> T track(List<AutoCloseable> opened, T resource) {
        opened.add(resource);
        return resource;
    }
}
