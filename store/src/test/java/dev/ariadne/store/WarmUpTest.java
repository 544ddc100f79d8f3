package dev.ariadne.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The store's warm-up leaves nothing behind and is done once per JVM. */
class WarmUpTest {
    @TempDir
    Path dir;

    @Test
    void leavesNoTemporaryFilesAndRunsOnce() throws IOException {
        Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
        long before = warmUpDirectories(tmp);
        new ChronicleStoreOpener().warmUp();
        new ChronicleStoreOpener().warmUp();
        assertEquals(before, warmUpDirectories(tmp), "a warm-up directory was left in " + tmp);
        try (ChronicleStateStore store = ChronicleStateStore.create(dir.resolve("run"), StoreOptions.defaults())) {
            assertEquals(0, store.size());
        }
        assertTrue(Files.exists(dir.resolve("run").resolve(RunDirectory.FORMAT_FILE)));
    }

    private static long warmUpDirectories(Path tmp) throws IOException {
        try (Stream<Path> files = Files.list(tmp)) {
            return files.filter(p -> p.getFileName().toString().startsWith("ariadne-warm-up")).count();
        }
    }
}
