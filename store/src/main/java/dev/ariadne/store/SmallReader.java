package dev.ariadne.store;

import dev.ariadne.storage.Checkpoint;
import dev.ariadne.storage.DamagedStoreException;
import dev.ariadne.storage.StateReader;
import dev.ariadne.storage.StateRecord;

import java.nio.file.Path;

/** A read-only view of a small run's store: its file as of the last checkpoint, read once. */
final class SmallReader implements StateReader {
    private final Path directory;
    private final SmallFile.Image image;

    SmallReader(Path directory) {
        RunDirectory dir = new RunDirectory(directory);
        dir.refuseLinks();
        this.directory = dir.root();
        this.image = SmallFile.read(dir.smallFile());
    }

    @Override
    public long size() {
        return image.states().size();
    }

    @Override
    public StateRecord record(long fp) {
        return image.states().record(fp);
    }

    @Override
    public StateRecord recordAt(long seq) {
        return image.states().recordAt(seq);
    }

    @Override
    public long fingerprintAt(long seq) {
        return image.states().fingerprintAt(seq);
    }

    @Override
    public byte[] snapshot(long fp) {
        return image.states().snapshot(fp);
    }

    @Override
    public byte[] snapshotAt(long seq) {
        return image.states().snapshotAt(seq);
    }

    @Override
    public Checkpoint lastCheckpoint() {
        return image.checkpoint();
    }

    @Override
    public String metadata(String key) {
        return image.metadata().get(key);
    }

    @Override
    public String describe(DamagedStoreException.Part part) {
        return SmallFile.files(directory, part);
    }

    @Override
    public Path directory() {
        return directory;
    }

    @Override
    public void close() {
    }
}
