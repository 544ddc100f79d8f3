package dev.ariadne.store;

import dev.ariadne.storage.DurableStore;
import dev.ariadne.storage.StateReader;
import dev.ariadne.storage.StoreOpener;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;

/**
 * The run directories of this module for sessions, worker processes and the Java API (found
 * through ServiceLoader): a new run starts in a small store that grows into Chronicle files
 * ({@link GrowingStore}); a directory holding {@code states.small} is a small store, one
 * holding {@code store.format} alone a Chronicle store.
 */
public final class ChronicleStoreOpener implements StoreOpener {
    @Override
    public StateReader openReadOnly(Path directory) {
        return isSmall(directory) ? new SmallReader(directory) : new ReadOnlyStore(directory);
    }

    @Override
    public void warmUp() {
        WarmUp.run();
    }

    @Override
    public DurableStore create(Path directory) {
        return GrowingStore.createForRun(directory);
    }

    @Override
    public DurableStore open(Path directory) {
        return isSmall(directory) ? GrowingStore.open(directory) : ChronicleStateStore.open(directory);
    }

    /** The small file wins over Chronicle files beside it (a migration that did not finish). */
    private static boolean isSmall(Path directory) {
        return Files.exists(directory.resolve(RunDirectory.SMALL_FILE), LinkOption.NOFOLLOW_LINKS);
    }

    /** Only a Chronicle store, or a matrix holding one, needs Chronicle's classes. */
    @Override
    public boolean warmUpHelps(Path directory) {
        if (holdsChronicle(directory)) {
            return true;
        }
        try (DirectoryStream<Path> runs = Files.newDirectoryStream(directory, Files::isDirectory)) {
            for (Path run : runs) {
                if (holdsChronicle(run)) {
                    return true;
                }
            }
        } catch (IOException | RuntimeException e) {
            return false;
        }
        return false;
    }

    private static boolean holdsChronicle(Path directory) {
        return Files.exists(directory.resolve(RunDirectory.FORMAT_FILE)) && !isSmall(directory);
    }

    @Override
    public boolean holdsStore(Path directory) {
        return Files.exists(directory.resolve(RunDirectory.FORMAT_FILE)) || isSmall(directory);
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
