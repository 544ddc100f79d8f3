package dev.ariadne.cli;

import dev.ariadne.store.ChronicleStateStore;
import dev.ariadne.store.RunDirectory;
import dev.ariadne.store.StoreException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * What a check killed before its first checkpoint leaves: a run directory holding only
 * store files and no run (its store's creation unfinished, or a store with no
 * checkpoint). A new check may take such a directory over; nothing else is ever deleted.
 */
final class StoreLeftovers {
    private static final String TMP = ".tmp";

    private StoreLeftovers() {
    }

    /** Whether every file in {@code dir} is a store file and the directory holds no run to resume. */
    static boolean abandoned(Path dir) {
        List<Path> files = list(dir);
        if (files.isEmpty() || !files.stream().allMatch(StoreLeftovers::isStoreFile)) {
            return false;
        }
        if (!Files.exists(dir.resolve(RunDirectory.FORMAT_FILE))) {
            return true; // the store's creation did not finish
        }
        try (ChronicleStateStore s = ChronicleStateStore.open(dir)) {
            return s.lastCheckpoint() == null && s.metadata(RunMetadata.MODEL_PATH) == null;
        } catch (StoreException e) {
            return false; // damaged: leave it for the user to look at
        }
    }

    static void clear(Path dir) {
        for (Path f : list(dir)) {
            try {
                Files.deleteIfExists(f);
            } catch (IOException e) {
                throw CliError.usage("cannot clear '" + dir + "' for a new check: " + e.getMessage());
            }
        }
    }

    private static boolean isStoreFile(Path f) {
        String name = f.getFileName().toString();
        if (name.endsWith(TMP)) {
            name = name.substring(0, name.length() - TMP.length()); // one being built when the check stopped
        }
        return Files.isRegularFile(f, LinkOption.NOFOLLOW_LINKS) && RunDirectory.isStoreFileName(name);
    }

    private static List<Path> list(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.toList();
        } catch (IOException e) {
            throw CliError.usage("cannot read '" + dir + "': " + e.getMessage());
        }
    }
}
