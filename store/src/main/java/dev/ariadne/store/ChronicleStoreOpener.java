package dev.ariadne.store;

import dev.ariadne.storage.DurableStore;
import dev.ariadne.storage.StateReader;
import dev.ariadne.storage.StoreOpener;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Chronicle run directories for worker processes and the Java API (found through ServiceLoader). */
public final class ChronicleStoreOpener implements StoreOpener {
    @Override
    public StateReader openReadOnly(Path directory) {
        return new ReadOnlyStore(directory);
    }

    @Override
    public void warmUp() {
        WarmUp.run();
    }

    @Override
    public DurableStore create(Path directory) {
        return ChronicleStateStore.create(directory, StoreOptions.defaults());
    }

    @Override
    public DurableStore open(Path directory) {
        return ChronicleStateStore.open(directory);
    }

    @Override
    public boolean holdsStore(Path directory) {
        return Files.exists(directory.resolve(RunDirectory.FORMAT_FILE));
    }

    @Override
    public boolean isStoreFile(String fileName) {
        return RunDirectory.isStoreFileName(fileName);
    }

    @Override
    public void writeAtomically(Path file, byte[] content) throws IOException {
        SafeWrite.write(file, content);
    }
}
