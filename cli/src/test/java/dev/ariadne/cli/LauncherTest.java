package dev.ariadne.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The real launcher, {@code ./ariadne}, in a subprocess, from another directory: it builds
 * the command if needed (which can take a minute), runs a check, and stops on SIGTERM.
 */
class LauncherTest {
    private static final Path LAUNCHER = Path.of("..", "ariadne").toAbsolutePath().normalize();

    @TempDir
    Path tmp;

    @Test
    @Timeout(value = 15, unit = TimeUnit.MINUTES)
    void launcherChecksAModelRelativeToTheCallersDirectory() throws Exception {
        Files.copy(Cli.EXAMPLES.resolve("two_phase_commit.ari"), tmp.resolve("two_phase_commit.ari"));
        Process p = start(List.of("check", "two_phase_commit.ari"));
        try {
            assertTrue(p.waitFor(14, TimeUnit.MINUTES), "the launcher did not finish");
            String out = read("out.txt");
            assertEquals(0, p.exitValue(), out + read("err.txt"));
            assertTrue(out.contains("No violation found."), out);
            assertTrue(out.contains("288 distinct states, 1,146 generated, depth 11"), out);
            try (var runs = Files.list(tmp.resolve("ariadne-runs"))) {
                assertEquals(1, runs.count(), "the run directory is under the caller's directory");
            }
        } finally {
            p.destroyForcibly().waitFor();
        }
    }

    @Test
    @Timeout(value = 15, unit = TimeUnit.MINUTES)
    void sigtermStopsTheCheckResumablyWithExitThree() throws Exception {
        Process p = start(List.of("check", Cli.example("two_phase_commit.ari"), "--const", "RM_COUNT=7",
                "--store", "big"));
        try {
            Path order = tmp.resolve("big").resolve("order.dat");
            long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(14);
            while (p.isAlive() && !Files.exists(order) && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            Thread.sleep(1000);
            p.destroy(); // SIGTERM
            assertTrue(p.waitFor(2, TimeUnit.MINUTES), "the check did not stop");
            String out = read("out.txt");
            assertEquals(3, p.exitValue(), out + read("err.txt"));
            assertTrue(out.contains("Interrupted (SIGTERM)."), out);
            assertTrue(out.contains("resume with: ariadne resume big"), out);
        } finally {
            p.destroyForcibly().waitFor();
        }
    }

    private Process start(List<String> args) throws IOException {
        List<String> command = new java.util.ArrayList<>(List.of(LAUNCHER.toString()));
        command.addAll(args);
        return new ProcessBuilder(command).directory(tmp.toFile())
                .redirectOutput(tmp.resolve("out.txt").toFile())
                .redirectError(tmp.resolve("err.txt").toFile())
                .start();
    }

    private String read(String name) throws IOException {
        return Files.readString(tmp.resolve(name));
    }
}
