package dev.ariadne.bench;

import jdk.jfr.Configuration;
import jdk.jfr.Recording;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code benchmarks/harness jfr-summary}: a real recording summarised by thread group, and bad arguments refused in a line. */
class JfrSummaryTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return JfrSummary.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void aRecordingOfAWorkerThreadIsSummarisedUnderTheWorkersWithItsHotMethod(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("r.jfr");
        try (Recording r = new Recording(Configuration.getConfiguration("profile"))) {
            r.start();
            Thread worker = new Thread(JfrSummaryTest::spin, "ariadne-worker-0");
            worker.start();
            worker.join();
            r.stop();
            r.dump(file);
        }
        assertEquals(0, run(file.toString(), "--top", "5"), err());
        assertTrue(out().contains("== workers (ariadne-worker-*)"), out());
        assertTrue(out().contains("JfrSummaryTest.spin"), out());
        assertEquals("", err());
    }

    /** Half a second of work that stays in this method, for the sampler to find. */
    private static void spin() {
        long until = System.nanoTime() + 500_000_000L;
        long x = 1;
        while (System.nanoTime() < until) {
            for (int i = 0; i < 10_000; i++) {
                x = x * 6364136223846793005L + 1442695040888963407L;
            }
        }
        if (x == 42) {
            System.out.println(x); // keeps the loop from being removed
        }
    }

    @Test
    void aMissingFileOrAFileThatIsNoRecordingIsOneLineAndStatusTwo(@TempDir Path dir) throws Exception {
        assertEquals(2, run(dir.resolve("none.jfr").toString()));
        assertTrue(err().startsWith("harness: jfr-summary: cannot read '"), err());
        assertFalse(err().contains("\tat "), "no stack trace: " + err());
        Path text = Files.writeString(dir.resolve("text.jfr"), "not a recording");
        err.reset();
        assertEquals(2, run(text.toString()));
        assertTrue(err().contains("as a flight recording"), err());
        assertEquals(1, err().lines().count(), err());
    }

    @Test
    void helpIsTheUsageAndBadArgumentsAreRefused() {
        assertEquals(0, run("--help"));
        assertTrue(out().startsWith("usage: benchmarks/harness jfr-summary FILE.jfr [--top N]"), out());
        assertEquals(2, run());
        assertEquals(2, run("r.jfr", "--top"));
        assertEquals(2, run("r.jfr", "--top", "many"));
        assertTrue(err().contains("--top takes a positive number, not 'many'"), err());
        assertEquals(2, run("r.jfr", "--top", "0"));
    }
}
