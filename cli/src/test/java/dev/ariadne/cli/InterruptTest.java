package dev.ariadne.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static dev.ariadne.cli.Json.at;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Ctrl-C (delivered in-process): the run stops at a checkpoint, exits 3, and resumes to the full result. */
class InterruptTest {
    @TempDir
    Path tmp;

    @Test
    @Timeout(value = 5, unit = TimeUnit.MINUTES)
    void interruptedCheckExitsThreeAndResumesToTheVerifiedCounts() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        AtomicInteger exit = new AtomicInteger(-1);
        Thread t = new Thread(() -> {
            try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
                 PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
                exit.set(Main.run(new String[] {"check", Cli.example("two_phase_commit.ari"), "--const", "RM_COUNT=5",
                    "--workers", "1", "--store", "run"}, o, e, tmp));
            }
        });
        t.start();
        while (!out.toString(StandardCharsets.UTF_8).startsWith("Checking") && t.isAlive()) {
            Thread.sleep(1);
        }
        Signals.deliver("SIGINT");
        t.join();
        String printed = out.toString(StandardCharsets.UTF_8);
        assertEquals(3, exit.get(), printed + err);
        assertTrue(printed.contains("Interrupted (SIGINT)."), printed);
        assertTrue(printed.contains("resume with: ariadne resume run"), printed);
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("stopping at the next checkpoint"), err::toString);

        Cli.Result resumed = Cli.run(tmp, "resume", "run", "--json", "-");
        assertEquals(0, resumed.exit(), resumed::toString);
        Object run = at(Json.parse(resumed.out()), "runs", 0);
        // examples/two_phase_commit.expected, verified with TLC: 8,832 distinct, 58,146 generated, depth 17.
        assertEquals(8832L, at(run, "distinct_states"));
        assertEquals(58146L, at(run, "generated_states"));
        assertEquals(17L, at(run, "depth"));
    }
}
