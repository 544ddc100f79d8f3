package dev.ariadne.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Runs the command in this JVM, as a user would type it, and keeps what it printed. */
final class Cli {
    /** The example models, seen from the cli module (Surefire's working directory). */
    static final Path EXAMPLES = Path.of("..", "examples").toAbsolutePath().normalize();
    static final Path DIE_HARD = Path.of("..", "engine", "src", "test", "resources", "explore", "reference",
            "die_hard.ari").toAbsolutePath().normalize();

    private Cli() {
    }

    /** What one invocation returned and printed. */
    record Result(int exit, String out, String err) {
        /** A usage or input error: one screen, no Java stack trace. */
        Result assertCleanError() {
            String all = out + err;
            assertFalse(all.contains("\tat ") || all.contains("at dev.") || all.contains("Exception"),
                    "a stack trace or exception name was printed:\n" + all);
            assertTrue(err.lines().count() <= 25, "more than a screen:\n" + err);
            return this;
        }

        @Override
        public String toString() {
            return "exit " + exit + "\n--- out:\n" + out + "--- err:\n" + err;
        }
    }

    static Result run(Path cwd, String... args) {
        return run(cwd, List.of(args));
    }

    static Result run(Path cwd, List<String> args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit;
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
             PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            exit = Main.run(args.toArray(String[]::new), o, e, cwd);
        }
        return new Result(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** As {@link #run(Path, String...)}, with every new store a Chronicle one from the start (tests of those files). */
    static Result runChronicle(Path cwd, String... args) {
        return runWith(Map.of(CHRONICLE_PROPERTY, "0"), cwd, args);
    }

    /**
     * As {@link #run(Path, String...)}, with a new store kept small however far the run gets: a
     * run stopped by a time limit is then small on every machine, however fast.
     */
    static Result runSmall(Path cwd, String... args) {
        return runWith(Map.of(CHRONICLE_PROPERTY, Integer.toString(Integer.MAX_VALUE),
                SMALL_BYTES_PROPERTY, Long.toString(Long.MAX_VALUE)), cwd, args);
    }

    /** As {@link #run(Path, String...)}, with these system properties set for the session only. */
    private static Result runWith(Map<String, String> properties, Path cwd, String... args) {
        properties.forEach(System::setProperty);
        try {
            return run(cwd, List.of(args));
        } finally {
            properties.keySet().forEach(System::clearProperty);
        }
    }

    /** The small store's threshold in snapshot bytes (GrowingStore). */
    static final String SMALL_BYTES_PROPERTY = "ariadne.store.smallBytes";

    /** The small store's threshold; 0 makes new stores Chronicle ones (GrowingStore). */
    static final String CHRONICLE_PROPERTY = "ariadne.store.smallStates";

    /** The JVM option that does the same for a child JVM. */
    static final String CHRONICLE_JVM_OPTION = "-D" + CHRONICLE_PROPERTY + "=0";

    static String example(String name) {
        return EXAMPLES.resolve(name).toString();
    }
}
