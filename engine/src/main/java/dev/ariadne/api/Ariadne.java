package dev.ariadne.api;

import dev.ariadne.lang.compile.Program;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/**
 * The Java API of the checker, for programs and tests: {@code check} a model, {@code
 * resume} a stopped check, {@code open} a stored run to read its violations and traces.
 *
 * <pre>{@code
 * CheckReport r = Ariadne.check(Path.of("examples/peterson.ari")).constant("BROKEN", "True").workers(2).run();
 * }</pre>
 */
public final class Ariadne {
    private Ariadne() {
    }

    /** A check of the model in {@code file}; an unreadable file is a {@link CheckException}. */
    public static CheckBuilder check(Path file) {
        String text;
        try {
            text = Files.readString(file);
        } catch (IOException | UncheckedIOException e) {
            throw new CheckException("cannot read '" + file + "': " + e.getMessage());
        }
        return check(file.toString(), text);
    }

    /** A check of a model given as text; {@code fileName} names it in messages and in the run's metadata. */
    public static CheckBuilder check(String fileName, String text) {
        return new CheckBuilder(fileName, text, null);
    }

    /** A check of a program compiled already (its constants fixed), with its states in memory or a given store. */
    public static CheckBuilder check(Program program) {
        return new CheckBuilder(program.fileName(), program.source().text(), program);
    }

    /** Continues the stopped check (or matrix) in {@code runDirectory}. */
    public static ResumeBuilder resume(Path runDirectory) {
        return new ResumeBuilder(runDirectory);
    }

    /** Opens a stored run to read its verdict, violations and traces; close it after. */
    public static StoredRun open(Path runDirectory) {
        return StoredRun.open(runDirectory, runDirectory.toString(), "open");
    }

    /** The version of Ariadne, from the {@code version.properties} Maven fills in at build time. */
    public static String version() {
        try (InputStream in = Ariadne.class.getResourceAsStream("version.properties")) {
            if (in == null) {
                return "unknown";
            }
            Properties p = new Properties();
            p.load(in);
            String v = p.getProperty("version", "unknown");
            return v.startsWith("${") ? "unknown" : v;
        } catch (IOException e) {
            return "unknown";
        }
    }
}
