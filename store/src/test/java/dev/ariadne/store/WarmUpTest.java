package dev.ariadne.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The store's warm-up leaves nothing behind, however often it runs. */
class WarmUpTest {
    @TempDir
    Path dir;

    @Test
    void leavesNoTemporaryFilesBehind() throws IOException {
        Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
        Set<Path> before = warmUpDirectories(tmp);
        new ChronicleStoreOpener().warmUp();
        new ChronicleStoreOpener().warmUp();
        Set<Path> left = warmUpDirectories(tmp);
        left.removeAll(before); // the warm-up may sweep old ones away, and must add none
        assertEquals(Set.of(), left, "a warm-up directory was left in " + tmp);
        try (ChronicleStateStore store = ChronicleStateStore.create(dir.resolve("run"), StoreOptions.defaults())) {
            assertEquals(0, store.size());
        }
        assertTrue(Files.exists(dir.resolve("run").resolve(RunDirectory.FORMAT_FILE)));
    }

    @Test
    void sweepsOnlyWarmUpDirectoriesLeftLongAgo() throws IOException {
        Path old = Files.createDirectories(dir.resolve("ariadne-warm-up123"));
        Files.writeString(old.resolve("warm-up.cm"), "left by a killed JVM");
        Files.setLastModifiedTime(old, FileTime.from(Instant.now().minus(Duration.ofHours(1))));
        Path fresh = Files.createDirectories(dir.resolve("ariadne-warm-up456"));
        Path other = Files.createDirectories(dir.resolve("something-else"));
        Files.setLastModifiedTime(other, FileTime.from(Instant.now().minus(Duration.ofHours(1))));
        WarmUp.sweepStale(dir, Duration.ofMinutes(10));
        assertFalse(Files.exists(old));
        assertTrue(Files.exists(fresh));
        assertTrue(Files.exists(other));
    }

    private static Set<Path> warmUpDirectories(Path tmp) throws IOException {
        try (Stream<Path> files = Files.list(tmp)) {
            return files.filter(p -> p.getFileName().toString().startsWith("ariadne-warm-up"))
                    .collect(Collectors.toCollection(HashSet::new));
        }
    }
}
