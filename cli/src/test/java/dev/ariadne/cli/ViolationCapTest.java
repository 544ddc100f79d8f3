package dev.ariadne.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static dev.ariadne.cli.Json.array;
import static dev.ariadne.cli.Json.at;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code --continue} past its cap of kept violations: the reports say the cap was reached, and how to raise it. */
class ViolationCapTest {
    @TempDir
    Path tmp;

    /** 300 initial states, each violating the invariant. */
    private String model() throws IOException {
        Files.writeString(tmp.resolve("many.ari"), """
                var x = oneof(range(300))
                invariant Negative:
                    x < 0
                """);
        return "many.ari";
    }

    @Test
    void theDefaultCapOfTwoHundredIsSaidToBeReachedInBothReports() throws IOException {
        Cli.Result r = Cli.run(tmp, "check", model(), "--continue", "--no-deadlock", "--workers", "1",
                "--json", "r.json");
        assertEquals(10, r.exit(), r::toString);
        assertTrue(r.out().contains("Failed: Invariant Negative is violated (300 violations; the cap is reached: only"
                + " the first 200 are kept and shown (--max-violations N keeps more))."), r::toString);
        assertTrue(r.out().contains("[200 of 200] "), r::toString);
        Object run = at(Json.parse(Files.readString(tmp.resolve("r.json"))), "runs", 0);
        assertEquals(300L, at(run, "violations_found"));
        assertEquals(true, at(run, "violations_capped"));
        assertEquals(200, array(at(run, "violations")).size());
    }

    @Test
    void maxViolationsRaisesTheCapAndItIsStoredForResume() throws IOException {
        Cli.Result r = Cli.run(tmp, "check", model(), "--continue", "--no-deadlock", "--workers", "1",
                "--max-violations", "300", "--store", "run", "--json", "-");
        assertEquals(10, r.exit(), r::toString);
        Object run = at(Json.parse(r.out()), "runs", 0);
        assertEquals(300L, at(run, "violations_found"));
        assertEquals(false, at(run, "violations_capped"));
        assertEquals(300, array(at(run, "violations")).size());
        assertTrue(r.err().contains("(300 violations)."), r::toString);
        Cli.Result again = Cli.run(tmp, "resume", "run", "--json", "-");
        assertEquals(10, again.exit(), again::toString);
        assertEquals(false, at(Json.parse(again.out()), "runs", 0, "violations_capped"));
    }

    @Test
    void aLowerCapKeepsFewerAndTheCountSurvivesAResume() throws IOException {
        Cli.Result r = Cli.run(tmp, "check", model(), "--continue", "--no-deadlock", "--workers", "1",
                "--max-violations", "5", "--store", "run");
        assertEquals(10, r.exit(), r::toString);
        assertTrue(r.out().contains("(300 violations; the cap is reached: only the first 5 are kept"), r::toString);
        Cli.Result again = Cli.run(tmp, "resume", "run", "--json", "-");
        Object run = at(Json.parse(again.out()), "runs", 0);
        assertEquals(300L, at(run, "violations_found"));
        assertEquals(true, at(run, "violations_capped"));
    }

    @Test
    void aCapOutsideItsRangeIsAUsageError() throws IOException {
        for (String bad : new String[] {"0", "1001"}) {
            Cli.Result r = Cli.run(tmp, "check", model(), "--continue", "--max-violations", bad).assertCleanError();
            assertEquals(2, r.exit(), r::toString);
            assertTrue(r.err().startsWith("ariadne check: --max-violations must be between 1 and 1000, not " + bad),
                    r::toString);
        }
    }
}
