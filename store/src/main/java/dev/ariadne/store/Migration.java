package dev.ariadne.store;

import dev.ariadne.io.WriteFaults;
import dev.ariadne.storage.Checkpoint;

import java.io.IOException;
import java.nio.file.Files;
import java.util.Map;
import java.util.SortedMap;

/**
 * Moves a small store into a Chronicle store in the same run directory: every state in
 * order with its record, then the metadata and the checkpoint of the small file, then the
 * live metadata. The small file stays the store until the Chronicle store has completed
 * that checkpoint; only then is it deleted, so a crash at any moment reopens at the small
 * file's checkpoint (the leftover Chronicle files deleted) or at the same checkpoint in
 * Chronicle.
 */
final class Migration {
    private Migration() {
    }

    /** The Chronicle store {@code small} became; {@code small} is closed, its lock handed over. On failure it is unchanged. */
    static ChronicleStateStore toChronicle(SmallStateStore small) {
        RunDirectory dir = small.runDirectory();
        WriterLock lock = small.handOverLock();
        ChronicleStateStore chronicle;
        try {
            chronicle = StoreOpening.create(dir, lock, StoreOptions.defaults());
        } catch (RuntimeException e) {
            small.takeBackLock();
            throw StoreException.wrap(dir + " cannot grow into a chronicle store", e);
        }
        try {
            small.states().forEach(small.states().size(), (seq, fp, parent, step, depth, snapshot) ->
                    chronicle.add(seq, fp, parent, step, depth, snapshot, 0, snapshot.length));
            Checkpoint checkpoint = small.lastCheckpoint();
            SortedMap<String, String> live = small.liveMetadata();
            if (checkpoint != null) {
                small.committedMetadata().forEach(chronicle::putMetadata);
                chronicle.checkpoint(checkpoint);
                for (String key : small.committedMetadata().keySet()) {
                    if (!live.containsKey(key)) {
                        chronicle.putMetadata(key, null);
                    }
                }
            }
            for (Map.Entry<String, String> e : live.entrySet()) {
                chronicle.putMetadata(e.getKey(), e.getValue());
            }
            chronicle.flush();
            // The Chronicle store holds the small file's checkpoint on disk: from now on it is the store.
            WriteFaults.before(WriteFaults.Op.DELETE, dir.smallFile());
            Files.deleteIfExists(dir.smallFile());
            dir.syncDirectory();
        } catch (IOException | RuntimeException e) {
            chronicle.leaveForRecovery(); // the next open finds the small file, or the checkpoint just made
            try {
                chronicle.close(); // and releases the lock
            } catch (RuntimeException c) {
                e.addSuppressed(c);
            }
            throw StoreException.wrap(dir + " cannot grow into a chronicle store", e instanceof RuntimeException r ? r
                    : new StoreException(dir.smallFile() + " cannot be deleted: " + e.getMessage(), e));
        }
        return chronicle;
    }
}
