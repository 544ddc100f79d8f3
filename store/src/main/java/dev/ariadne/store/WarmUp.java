package dev.ariadne.store;

import net.openhft.chronicle.map.ChronicleMap;
import net.openhft.chronicle.map.ChronicleMapBuilder;

import java.io.File;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import java.time.Duration;
import java.time.Instant;

/**
 * Loads and initialises Chronicle Map's classes through two tiny maps of the store's own key
 * and value types, one of them created in a temporary file and opened again (the paths that
 * write and read a map's header), so that a caller can have it done on another thread while
 * it parses and compiles the model: the first store a JVM creates otherwise spends most of
 * its time there (docs/benchmarks.md, start-up).
 */
final class WarmUp {
    private static final String PREFIX = "ariadne-warm-up";
    /** A warm-up takes seconds: a directory this old was left by a JVM killed or halted during one. */
    private static final Duration STALE = Duration.ofMinutes(10);

    private WarmUp() {
    }

    /** A failure only means the store pays for the initialisation later, so it is ignored. */
    static void run() {
        Path dir = null;
        try {
            dir = Files.createTempDirectory(PREFIX);
            sweepStale(dir.getParent(), STALE);
            File file = dir.resolve("warm-up.cm").toFile();
            // A command that ends while this runs (a model error, say) must not leave the directory behind.
            dir.toFile().deleteOnExit();
            file.deleteOnExit();
            ChronicleMapBuilder<String, byte[]> small = MetaMap.builder().entries(16).averageValueSize(64);
            small.createPersistedTo(file).close();
            try (ChronicleMap<String, byte[]> meta = small.createPersistedTo(file);
                 ChronicleMap<Long, byte[]> tier = TierKind.SNAPSHOTS.builder("warm-up", 16, 64).create()) {
                meta.put("warm-up", new byte[] {1});
                meta.get("warm-up");
                tier.put(0L, new byte[] {1});
                tier.get(0L);
            }
        } catch (IOException | RuntimeException | LinkageError e) {
            // the first real store pays for the initialisation instead
        } finally {
            deleteQuietly(dir);
        }
    }

    /** Deletes the warm-up directories in {@code tmp} last changed more than {@code age} ago. */
    static void sweepStale(Path tmp, Duration age) {
        Instant before = Instant.now().minus(age);
        try (DirectoryStream<Path> dirs = Files.newDirectoryStream(tmp, PREFIX + "*")) {
            for (Path d : dirs) {
                if (Files.isDirectory(d) && Files.getLastModifiedTime(d).toInstant().isBefore(before)) {
                    deleteQuietly(d);
                }
            }
        } catch (IOException | RuntimeException e) {
            // another time
        }
    }

    private static void deleteQuietly(Path dir) {
        if (dir == null) {
            return;
        }
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                Files.deleteIfExists(f);
            }
            Files.deleteIfExists(dir);
        } catch (IOException | RuntimeException e) {
            // a temporary directory: the system cleans it up
        }
    }
}
