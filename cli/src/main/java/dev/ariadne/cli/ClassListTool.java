package dev.ariadne.cli;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

/**
 * A build step of the launcher that adds every class of the given jars to the class list of its
 * class-data sharing archive.
 *
 * <p>The launcher lists the classes a short training check loads. A model that uses what the
 * training model does not (a {@code return}, a comprehension, another command) needs classes that
 * were left out; the JVM then looks for each in the class path's jars in turn, opening every jar
 * before the one that holds it, and parses and verifies it: 15-20 ms of a check's start-up
 * (docs/benchmarks.md, "Stop 24"). Ariadne's own jars are small, so all of their classes go into
 * the archive; third-party jars keep the training's list.
 *
 * <p>Usage: {@code java -cp <the CLI's class path> dev.ariadne.cli.ClassListTool CLASS_LIST JAR...}
 */
public final class ClassListTool {
    private ClassListTool() {
    }

    public static void main(String[] args) {
        if (args.length < 1) {
            System.err.println("usage: ClassListTool CLASS_LIST JAR...");
            System.exit(2);
        }
        try {
            List<Path> jars = new ArrayList<>();
            for (int i = 1; i < args.length; i++) {
                jars.add(Path.of(args[i]));
            }
            append(Path.of(args[0]), jars);
        } catch (IOException | RuntimeException e) {
            System.err.println("ariadne: cannot list the classes to share: " + e);
            System.exit(1);
        }
    }

    /**
     * Appends to {@code classList} the names of the classes in {@code jars} that it does not list yet, in
     * the list's form ({@code a/b/C}): a class listed twice makes {@code -Xshare:dump} crash.
     */
    static void append(Path classList, List<Path> jars) throws IOException {
        Set<String> listed = new HashSet<>();
        if (Files.exists(classList)) {
            for (String line : Files.readAllLines(classList, StandardCharsets.UTF_8)) {
                if (!line.isEmpty() && !line.startsWith("#") && !line.startsWith("@")) {
                    listed.add(line.split(" ", 2)[0]);
                }
            }
        }
        try (Writer out = Files.newBufferedWriter(classList, StandardCharsets.UTF_8,
                StandardOpenOption.CREATE, StandardOpenOption.APPEND)) {
            for (Path jar : jars) {
                for (String name : classNames(jar)) {
                    if (listed.add(name)) {
                        out.write(name);
                        out.write('\n');
                    }
                }
            }
        }
    }

    /** The classes of {@code jar} by internal name, without {@code module-info} and versioned entries. */
    static List<String> classNames(Path jar) throws IOException {
        List<String> names = new ArrayList<>();
        try (JarFile file = new JarFile(jar.toFile())) {
            for (JarEntry e : (Iterable<JarEntry>) file.stream()::iterator) {
                String entry = e.getName();
                if (entry.endsWith(".class") && !entry.startsWith("META-INF/") && !entry.endsWith("module-info.class")) {
                    names.add(entry.substring(0, entry.length() - ".class".length()));
                }
            }
        }
        return names;
    }
}
