package dev.ariadne.store;

import dev.ariadne.storage.Checkpoint;
import dev.ariadne.storage.StateRecord;
import dev.ariadne.storage.StateReader;

import java.nio.file.Path;
import java.time.Duration;

/**
 * A store seen from a worker process: a {@link StateReader} over a
 * {@link StoreReader}. A snapshot the coordinator has just added may take a moment to be
 * visible in another JVM, so reads wait for it (without spinning) up to a limit.
 */
final class ReadOnlyStore implements StateReader {
    private static final Duration VISIBILITY_WAIT = Duration.ofSeconds(30);

    private final StoreReader reader;
    private final Path directory;

    ReadOnlyStore(Path directory) {
        this.directory = directory;
        this.reader = StoreReader.open(directory);
    }


    @Override
    public long size() {
        return reader.size();
    }

    @Override
    public StateRecord record(long fp) {
        return reader.record(fp);
    }

    @Override
    public long fingerprintAt(long seq) {
        return reader.fingerprintAt(seq);
    }

    @Override
    public byte[] snapshot(long fp) {
        return reader.awaitSnapshot(fp, VISIBILITY_WAIT);
    }

    @Override
    public byte[] snapshotAt(long seq) {
        return reader.awaitSnapshotAt(seq, VISIBILITY_WAIT);
    }

    @Override
    public StateRecord recordAt(long seq) {
        return reader.recordAt(seq);
    }


    @Override
    public Checkpoint lastCheckpoint() {
        return reader.lastCheckpoint();
    }


    @Override
    public String metadata(String key) {
        return reader.metadata(key);
    }

    @Override
    public String describe(dev.ariadne.storage.DamagedStoreException.Part part) {
        return ChronicleStateStore.files(directory, part);
    }

    @Override
    public Path directory() {
        return directory;
    }

    @Override
    public void close() {
        reader.close();
    }
}
