package dev.ariadne.docs;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The README's Java API example, taken from the README as it is, compiled against the
 * test class path with the JDK's compiler and run: what it prints is what its comments say.
 */
class ReadmeJavaApiTest {
    /** The repository's root: the tests run in the cli module's directory. */
    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    @Test
    void theJavaApiExampleCompilesAndPrintsWhatItsCommentsSay(@TempDir Path tmp) throws Exception {
        String readme = Files.readString(ROOT.resolve("README.md"));
        int section = readme.indexOf("## From Java");
        assertTrue(section >= 0, "the README has a section 'From Java'");
        Matcher m = Pattern.compile("```java\n(.*?)```", Pattern.DOTALL).matcher(readme);
        assertTrue(m.find(section), "the section has a java block");
        // The example names the model as from the repository's root; the test runs elsewhere.
        String source = m.group(1).replace("\"examples/", "\"" + ROOT.resolve("examples") + "/");
        Path file = tmp.resolve("CheckPeterson.java");
        Files.writeString(file, source);

        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        ByteArrayOutputStream diagnostics = new ByteArrayOutputStream();
        int status = javac.run(null, null, diagnostics, "-d", tmp.toString(), "-classpath",
                System.getProperty("java.class.path"), file.toString());
        assertEquals(0, status, diagnostics.toString(StandardCharsets.UTF_8));

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream saved = System.out;
        try (URLClassLoader loader = new URLClassLoader(new URL[] {tmp.toUri().toURL()},
                getClass().getClassLoader())) {
            Method main = loader.loadClass("CheckPeterson").getMethod("main", String[].class);
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            main.invoke(null, (Object) new String[0]);
        } finally {
            System.setOut(saved);
        }
        List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
        assertEquals(List.of("VIOLATION", "MutualExclusion", "9", "Invariant MutualExclusion is violated"),
                lines.subList(0, 4));
        assertTrue(lines.contains("Trace (9 states):"), String.join("\n", lines));
    }
}
