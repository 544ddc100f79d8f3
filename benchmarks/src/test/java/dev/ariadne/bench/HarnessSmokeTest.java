package dev.ariadne.bench;

import dev.ariadne.cli.Json;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The harness end to end on one tiny configuration (Peterson, 42 states, one worker): it runs
 * Ariadne as a subprocess, prints its table and writes a well-formed results file. Nothing
 * about timings is asserted, only that the measurements are there.
 */
class HarnessSmokeTest {
    private static final Path REPO = Path.of("..").toAbsolutePath().normalize();

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int harness(List<String> extra) {
        List<String> args = new ArrayList<>(List.of("--root", REPO.toString(), "--ariadne", "classpath",
                "--models", "peterson", "--workers", "1", "--isolation", "thread", "--repeat", "1",
                "--out", dir.resolve("results.json").toString(), "--work", dir.resolve("work").toString()));
        args.addAll(extra);
        return Harness.run(args.toArray(String[]::new), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String text() {
        return out.toString(StandardCharsets.UTF_8) + "\n--- stderr:\n" + err.toString(StandardCharsets.UTF_8);
    }

    @Test
    @Timeout(value = 5, unit = TimeUnit.MINUTES)
    void runsOneTinyConfigurationAndWritesWellFormedJson() throws Exception {
        assertEquals(0, harness(List.of()), text());

        assertTrue(out.toString(StandardCharsets.UTF_8).contains("| peterson | ariadne/thread | 1 | 1/1 | 42 | 77 | 11 |"),
                text());
        Object doc = Json.parse(Files.readString(dir.resolve("results.json")));
        assertTrue(Json.at(doc, "ariadne_version").toString().startsWith("ariadne "), text());
        List<Object> runs = Json.array(Json.at(doc, "runs"));
        assertEquals(1, runs.size());
        Map<String, Object> run = Json.object(runs.get(0));
        assertEquals(null, run.get("error"), text());
        assertEquals("ok", run.get("status"));
        assertEquals(42L, run.get("distinct_states"));
        assertEquals(11L, run.get("depth"));
        for (String key : List.of("wall_seconds", "search_seconds", "cpu_seconds", "distinct_per_wall_second", "peak_rss_bytes",
                "peak_rss_anon_bytes", "heap_used_bytes", "disk_bytes", "disk_bytes_per_state", "collision_probability")) {
            assertInstanceOf(Number.class, run.get(key), key + " in " + run);
            assertTrue(((Number) run.get(key)).doubleValue() > 0, key + " in " + run);
        }
        Map<String, Object> summary = Json.object(Json.array(Json.at(doc, "summaries")).get(0));
        assertEquals(1L, summary.get("valid_runs"));
        assertNotNull(Json.at(summary, "wall_seconds", "median"));
        // The run directories were cleaned up, and no process was left behind (the tree is killed anyway).
        try (Stream<Path> left = Files.list(dir.resolve("work"))) {
            assertEquals(0, left.count());
        }
    }

    @Test
    void badUsageIsExitTwo() {
        assertEquals(2, harness(List.of("--models", "no-such-model")));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("unknown model 'no-such-model'"), text());
    }

    /** With TLC (set ARIADNE_TLC_JAR to a tla2tools.jar): TLC's counts are parsed and compared. */
    @Test
    @Timeout(value = 5, unit = TimeUnit.MINUTES)
    @EnabledIfEnvironmentVariable(named = "ARIADNE_TLC_JAR", matches = ".+")
    void runsTlcBesideAriadneAndComparesTheCounts() throws Exception {
        assertEquals(0, harness(List.of("--tlc", System.getenv("ARIADNE_TLC_JAR"))), text());
        Object doc = Json.parse(Files.readString(dir.resolve("results.json")));
        assertEquals(2, Json.array(Json.at(doc, "runs")).size());
        assertEquals("yes", Json.at(doc, "ariadne_vs_tlc", 0, "counts_agree"), text());
        assertEquals(42L, Json.at(doc, "runs", 1, "distinct_states"));
    }
}
