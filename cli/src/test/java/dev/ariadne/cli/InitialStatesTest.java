package dev.ariadne.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static dev.ariadne.cli.Json.at;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Initial states are explored like any others (issue 19, case 12): a model with six hundred
 * thousand of them stops at the time limit while it enumerates them, resumably, and the
 * resumed run has the counts of an uninterrupted one.
 */
class InitialStatesTest {
    @TempDir
    Path tmp;

    @Test
    void theTimeLimitStopsTheEnumerationOfInitialStatesAndResumeFinishesIt() throws IOException {
        Path m = tmp.resolve("many.ari");
        Files.writeString(m, "var x = oneof(range(600000))\naction Stay:\n    await x < 0\n");
        Cli.Result first = Cli.run(tmp, "check", m.toString(), "--store", "r", "--no-deadlock", "--workers", "1",
                "--timeout", "300ms", "--progress", "0");
        Cli.Result last = first;
        for (int i = 0; i < 20 && last.exit() == 3; i++) {
            assertTrue(last.out().contains("resume with: ariadne resume r"), last.toString());
            last = Cli.run(tmp, "resume", "r", "--json", "r.json");
        }
        assertEquals(0, last.exit(), last.toString());
        Object run = at(Json.parse(Files.readString(tmp.resolve("r.json"))), "runs", 0);
        assertEquals(600_000L, at(run, "distinct_states"), last.toString());
        assertEquals(600_000L, at(run, "generated_states"));
        assertEquals(1L, at(run, "depth"));
        // the first session cannot have enumerated them all in 300 ms on these machines; if it did, nothing was tested
        assertEquals(3, first.exit(), "the first session was not stopped: " + first);
    }
}
