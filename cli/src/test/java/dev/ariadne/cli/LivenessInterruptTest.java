package dev.ariadne.cli;

import dev.ariadne.store.StoreFiles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import static dev.ariadne.cli.Json.at;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A check with temporal properties on a few hundred thousand states, run as the command in a
 * child JVM, is stopped by SIGINT and by {@code kill -9} at random moments of its exploration
 * and of its property check, and resumed each time; the finished run must report the counts,
 * the verdicts and the very counterexample of an uninterrupted run. The moments come from a
 * seeded generator: the seed is printed and {@code -Dariadne.seed=N} repeats them.
 */
class LivenessInterruptTest {
    static final long SEED = Long.getLong("ariadne.seed", System.nanoTime());
    private static final long SESSION_LIMIT_MILLIS = TimeUnit.MINUTES.toMillis(3);
    /** The property check of this model takes about a second on two cores: moments fall inside it or just after. */
    private static final long PROPERTY_PHASE_MAX_MILLIS = 1_500;

    @TempDir
    Path tmp;

    private final List<CliProcess> started = new ArrayList<>();

    @AfterEach
    void nothingIsLeftRunning() throws InterruptedException {
        CliProcess.closeAll(started);
    }

    /** The fair filter lock of the benchmark (5 processes, 367,095 states) and a property that fails on a cycle. */
    private Path model() throws Exception {
        Path src = Path.of("..", "benchmarks", "models", "filter_lock_fair.ari").toAbsolutePath().normalize();
        Path m = tmp.resolve("filter_live.ari");
        Files.writeString(m, Files.readString(src) + "\n# Violated: process 0 keeps coming back to its critical section.\n"
                + "property Settles: eventually always pc(\"P\", 0) == \"NonCritical\"\n");
        return m;
    }

    @Test
    @Timeout(value = 12, unit = TimeUnit.MINUTES)
    void interruptedDuringExplorationAndPropertyCheckResumesToTheSameCounterexample() throws Exception {
        Random random = new Random(SEED);
        List<String> log = new ArrayList<>(List.of("seed " + SEED + " (repeat with -Dariadne.seed=" + SEED + ")"));
        Path model = model();
        List<String> common = List.of("--workers", "2", "--checkpoint", "1", "--progress", "600");
        CliProcess ref = start("reference", List.of("check", model.toString(), "--const", "N=5", "--store", "ref",
                "--json", "reference.json"), common);
        assertEquals(13, ref.waitFor(SESSION_LIMIT_MILLIS), ref.toString());
        Object expected = at(Json.parse(Files.readString(tmp.resolve("reference.json"))), "runs", 0);

        // exploration: SIGINT, then kill -9; the property check: SIGINT, then kill -9, then left to finish
        String[] stops = {"INT", "KILL", "INT", "KILL"};
        boolean[] inProperties = {false, false, true, true};
        String finished = null;
        for (int i = 0; i <= stops.length && finished == null; i++) {
            String session = "run-" + (i + 1);
            List<String> args = new ArrayList<>(i == 0
                    ? List.of("check", model.toString(), "--const", "N=5", "--store", "run")
                    : List.of("resume", "run"));
            args.addAll(List.of("--json", session + ".json"));
            CliProcess p = start(session, args, common);
            String moment = "left to finish";
            if (i < stops.length) {
                boolean alive;
                if (inProperties[i]) {
                    alive = p.await(() -> p.err().contains("temporal propert"), SESSION_LIMIT_MILLIS);
                    long delay = random.nextLong(PROPERTY_PHASE_MAX_MILLIS);
                    moment = stops[i] + " " + delay + " ms into the property check";
                    alive = alive && p.sleepWhileAlive(delay);
                } else {
                    long stored = StoreFiles.published(tmp.resolve("run"));
                    long target = stored + (long) (random.nextDouble() * (360_000 - stored));
                    alive = p.await(() -> StoreFiles.published(tmp.resolve("run")) >= target, SESSION_LIMIT_MILLIS);
                    moment = String.format("%s at %,d states", stops[i], target);
                }
                if (alive) {
                    if (stops[i].equals("KILL")) {
                        p.kill9();
                    } else {
                        p.signal(stops[i]);
                    }
                }
            }
            int exit = p.waitFor(SESSION_LIMIT_MILLIS);
            log.add("session " + (i + 1) + ": " + args.get(0) + ", " + moment + " -> exit " + exit);
            if (exit == 13) {
                finished = session;
            } else {
                assertTrue(exit == 3 || exit == 137, String.join("\n", log) + "\n" + p);
            }
        }
        log.forEach(System.out::println);
        assertTrue(finished != null, "no session finished: " + log);
        Object run = at(Json.parse(Files.readString(tmp.resolve(finished + ".json"))), "runs", 0);
        String context = String.join("\n", log);
        for (String field : List.of("distinct_states", "generated_states", "depth", "properties", "violation")) {
            assertEquals(at(expected, field), at(run, field), field + " differs: " + context);
        }
    }

    private CliProcess start(String name, List<String> args, List<String> common) throws Exception {
        List<String> all = new ArrayList<>(args);
        all.addAll(common);
        CliProcess p = CliProcess.start(tmp, name, all);
        started.add(p);
        return p;
    }
}
