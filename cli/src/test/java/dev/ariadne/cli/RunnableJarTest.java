package dev.ariadne.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The runnable jar ({@code cli/target/ariadne.jar}, made before the tests by the build) run as
 * a user would run it: {@code java -jar} from another directory, with no Maven, no launcher and
 * no JVM option, its module flags coming from its manifest alone.
 */
class RunnableJarTest {
    static final Path JAR = Path.of("target", "ariadne.jar").toAbsolutePath();

    @TempDir
    Path tmp;

    @Test
    void javaDashJarChecksAnExampleFromAnotherDirectory() throws Exception {
        Path model = Files.copy(Cli.EXAMPLES.resolve("peterson.ari"), tmp.resolve("peterson.ari"));
        Proc ok = java("check", "peterson.ari", "--store", "run");
        assertEquals(0, ok.exit, ok::toString);
        assertTrue(ok.out.contains("No violation found."), ok::toString);
        assertTrue(ok.out.contains("42 distinct states"), ok::toString); // examples/peterson.expected
        assertFalse(ok.err.contains("Exception") || ok.err.contains("WARNING"), ok::toString);
        assertTrue(Files.isDirectory(tmp.resolve("run")), "the store is where it was asked for, beside the model");

        Proc broken = java("check", model.toString(), "--const", "BROKEN=True", "--store", "broken",
                "--isolation", "process", "--workers", "2", "--json", "broken.json");
        assertEquals(10, broken.exit, broken::toString);
        assertTrue(broken.out.contains("Invariant MutualExclusion is violated"), broken::toString);
        assertTrue(Files.readString(tmp.resolve("broken.json")).contains("\"isolation\": \"process\""));
    }

    @Test
    void versionNamesTheCommit() throws Exception {
        Proc v = java("--version");
        assertEquals(0, v.exit, v::toString);
        assertTrue(v.out.matches("(?s)ariadne \\S+ \\(commit [0-9a-f]{12}\\)\\n.*"), v::toString);
        String built = v.out.substring(v.out.indexOf("(commit ") + 8, v.out.indexOf(')'));
        if (git("rev-parse", "--short=12", "HEAD") != null) {
            // HEAD when the build ran; a commit made while the tests run moves HEAD on from it
            assertEquals("", git("merge-base", "--is-ancestor", built, "HEAD"), v + " is no commit of this branch");
        }
    }

    @Test
    void bashCompletesCommandsAndOptionsFromTheGeneratedScript() throws Exception {
        Proc script = java("completion", "bash");
        assertEquals(0, script.exit, script::toString);
        Files.writeString(tmp.resolve("ariadne-completion.sh"), script.out);
        String probe = "source ./ariadne-completion.sh 2>/dev/null\n"
                + "complete_at() { COMP_WORDS=(\"$@\"); COMP_CWORD=$(($# - 1)); COMP_LINE=\"$*\";"
                + " COMP_POINT=${#COMP_LINE}; COMPREPLY=(); _complete_ariadne 2>/dev/null; echo \"${COMPREPLY[*]}\"; }\n"
                + "complete_at ariadne gr\ncomplete_at ariadne check m.ari --no-d\ncomplete_at ariadne graph run --for\n";
        Proc bash = run(List.of("bash", "-c", probe));
        assertEquals(List.of("graph", "--no-deadlock", "--format"), bash.out.lines().toList(), bash::toString);
        assertTrue(script.out.contains("bashcompinit"), "the same script serves zsh");
        assertEquals(2, java("completion", "fish").exit);
    }

    private record Proc(int exit, String out, String err) {
        @Override
        public String toString() {
            return "exit " + exit + "\n--- out:\n" + out + "--- err:\n" + err;
        }
    }

    private Proc java(String... args) throws IOException, InterruptedException {
        assertTrue(Files.isRegularFile(JAR), JAR + " is missing: the build makes it before the tests");
        List<String> cmd = new ArrayList<>(List.of(System.getProperty("java.home") + File.separator + "bin"
                + File.separator + "java", "-jar", JAR.toString()));
        cmd.addAll(List.of(args));
        return run(cmd);
    }

    private Proc run(List<String> cmd) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(tmp.toFile())
                .redirectOutput(tmp.resolve("out.txt").toFile()).redirectError(tmp.resolve("err.txt").toFile());
        pb.environment().remove("JAVA_TOOL_OPTIONS");
        pb.environment().remove("JDK_JAVA_OPTIONS");
        pb.environment().remove("_JAVA_OPTIONS");
        Process p = pb.start();
        try {
            if (!p.waitFor(120, TimeUnit.SECONDS)) {
                throw new AssertionError("no answer in 120 s from " + cmd);
            }
        } finally {
            p.destroyForcibly();
        }
        return new Proc(p.exitValue(), Files.readString(tmp.resolve("out.txt"), StandardCharsets.UTF_8),
                Files.readString(tmp.resolve("err.txt"), StandardCharsets.UTF_8));
    }

    /** What git answers about this checkout, or null when it fails (no git, no checkout, a "no"). */
    private static String git(String... args) {
        List<String> cmd = new ArrayList<>(List.of("git"));
        cmd.addAll(List.of(args));
        try {
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            return p.waitFor() == 0 ? out : null;
        } catch (IOException | InterruptedException e) {
            return null;
        }
    }
}
