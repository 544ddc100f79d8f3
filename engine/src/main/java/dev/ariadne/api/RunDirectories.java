package dev.ariadne.api;

import dev.ariadne.storage.StoreOpener;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Stream;

/**
 * Run directories before a run is in them: a fresh one named after the model
 * ({@code <model>-<yyyyMMdd-HHmmss>}, with {@code -2}, {@code -3}, ... when that name is
 * taken), and what a check killed before its first checkpoint leaves (only store files,
 * no run), which a new check may take over; nothing else is ever deleted.
 */
public final class RunDirectories {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private RunDirectories() {
    }

    /** Creates a fresh, empty run directory under {@code parent}; creating it claims the name against concurrent checks. */
    public static Path fresh(Path parent, String modelPath, LocalDateTime now) throws IOException {
        String base = baseName(modelPath) + "-" + STAMP.format(now);
        Files.createDirectories(parent);
        for (int n = 1; ; n++) {
            String name = n == 1 ? base : base + "-" + n;
            try {
                return Files.createDirectory(parent.resolve(name));
            } catch (FileAlreadyExistsException e) {
                // taken: try the next suffix
            }
        }
    }

    /** The model file's name without {@code .ari}, reduced to characters safe in a file name. */
    public static String baseName(String modelPath) {
        Path file = Path.of(modelPath).getFileName();
        String name = file == null ? "model" : file.toString();
        if (name.endsWith(".ari")) {
            name = name.substring(0, name.length() - 4);
        }
        name = name.replaceAll("[^A-Za-z0-9._-]", "_");
        return name.isEmpty() || name.startsWith(".") ? "model" + name : name;
    }

    /** Whether every file in {@code dir} is a store file and the directory holds no run to resume. */
    public static boolean abandoned(Path dir) throws IOException {
        StoreOpener stores = StoreOpener.find();
        List<Path> files = list(dir);
        if (stores == null || files.isEmpty()
                || !files.stream().allMatch(f -> isStoreFile(stores, f))) {
            return false;
        }
        if (!stores.holdsStore(dir)) {
            return true; // the store's creation did not finish
        }
        try (var s = stores.open(dir)) {
            return s.lastCheckpoint() == null && s.metadata(RunMetadata.MODEL_PATH) == null;
        } catch (RuntimeException e) {
            return false; // damaged: leave it for the user to look at
        }
    }

    private static boolean isStoreFile(StoreOpener stores, Path f) {
        String name = f.getFileName().toString();
        if (name.endsWith(".tmp")) {
            name = name.substring(0, name.length() - ".tmp".length()); // one being built when the check stopped
        }
        return Files.isRegularFile(f, java.nio.file.LinkOption.NOFOLLOW_LINKS) && stores.isStoreFile(name);
    }

    /** Deletes the files of an {@link #abandoned} directory. */
    public static void clear(Path dir) throws IOException {
        for (Path f : list(dir)) {
            Files.deleteIfExists(f);
        }
    }

    /** Whether {@code dir} holds a run's store (its creation finished). */
    public static boolean holdsStore(Path dir) {
        StoreOpener stores = StoreOpener.find();
        return stores != null && stores.holdsStore(dir);
    }

    public static boolean isEmpty(Path dir) throws IOException {
        return list(dir).isEmpty();
    }

    private static List<Path> list(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.toList();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
