package dev.ariadne.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The class list the launcher's class-data sharing archive is dumped from, completed with whole jars. */
class ClassListToolTest {
    @TempDir
    Path dir;

    @Test
    void appendsEveryClassOfTheJarsThatTheListDoesNotHoldYet() throws IOException {
        Path jar = jar("a.jar", "p/A.class", "p/B.class", "p/q/C$1.class", "p/data.txt", "module-info.class",
                "META-INF/versions/11/p/A.class");
        Path list = dir.resolve("classes");
        Files.writeString(list, "# NOTE: the list of a training run\njava/lang/Object id: 0\np/B\n"
                + "@lambda-proxy p/B run ()Ljava/lang/Runnable; ()V REF_invokeStatic p/A a ()V ()V\n");

        ClassListTool.append(list, List.of(jar));

        // p/B was there (a class listed twice crashes the dump); the rest in the jar's order.
        assertEquals(List.of("# NOTE: the list of a training run", "java/lang/Object id: 0", "p/B",
                "@lambda-proxy p/B run ()Ljava/lang/Runnable; ()V REF_invokeStatic p/A a ()V ()V",
                "p/A", "p/q/C$1"), Files.readAllLines(list));
    }

    @Test
    void listsAClassOnceWhenTwoJarsHoldIt() throws IOException {
        Path list = dir.resolve("classes");
        ClassListTool.append(list, List.of(jar("a.jar", "p/A.class"), jar("b.jar", "p/A.class", "p/B.class")));
        assertEquals(List.of("p/A", "p/B"), Files.readAllLines(list));
    }

    private Path jar(String name, String... entries) throws IOException {
        Path jar = dir.resolve(name);
        try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file, new Manifest())) {
            for (String entry : entries) {
                out.putNextEntry(new JarEntry(entry));
                out.write(new byte[] {1});
                out.closeEntry();
            }
        }
        return jar;
    }
}
