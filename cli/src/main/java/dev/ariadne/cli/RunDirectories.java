package dev.ariadne.cli;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/**
 * Names the run directory of a check when {@code --store} is not given:
 * {@code ariadne-runs/<model>-<yyyyMMdd-HHmmss>} under the working directory, with
 * {@code -2}, {@code -3}, ... when that name is taken (two checks in the same second).
 */
final class RunDirectories {
    static final String PARENT = "ariadne-runs";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private RunDirectories() {
    }

    /** A run directory: where it is, and how to show it (relative, as the user would type it). */
    record Location(Path path, String shown) {
    }

    /** Creates a fresh, empty run directory for a model; creating it claims the name against concurrent checks. */
    static Location fresh(Path cwd, String modelPath, LocalDateTime now) {
        String base = baseName(modelPath) + "-" + STAMP.format(now);
        Path parent = cwd.resolve(PARENT);
        try {
            Files.createDirectories(parent);
            for (int n = 1; ; n++) {
                String name = n == 1 ? base : base + "-" + n;
                try {
                    Files.createDirectory(parent.resolve(name));
                    return new Location(parent.resolve(name), PARENT + "/" + name);
                } catch (FileAlreadyExistsException e) {
                    // taken: try the next suffix
                }
            }
        } catch (IOException e) {
            throw CliError.usage("cannot create a run directory under '" + PARENT + "': " + e.getMessage()
                    + " (choose one with --store DIR)");
        }
    }

    /** The model file's name without {@code .ari}, reduced to characters safe in a file name. */
    static String baseName(String modelPath) {
        String name = Path.of(modelPath).getFileName() == null ? "model" : Path.of(modelPath).getFileName().toString();
        if (name.endsWith(".ari")) {
            name = name.substring(0, name.length() - 4);
        }
        name = name.replaceAll("[^A-Za-z0-9._-]", "_");
        return name.isEmpty() || name.startsWith(".") ? "model" + name : name;
    }
}
