package dev.ariadne.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static dev.ariadne.cli.Json.array;
import static dev.ariadne.cli.Json.at;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code --const} given several times for one name: one run per combination on one shared pool. */
class MatrixTest {
    @TempDir
    Path tmp;

    /** A counter that climbs to LIMIT; with a low LIMIT the invariant breaks. */
    private Path model() throws IOException {
        Path m = tmp.resolve("climb.ari");
        Files.writeString(m, """
                const LIMIT = 50
                var x = 0
                var y = 0
                action StepX:
                    await x < 20
                    x += 1
                action StepY:
                    await y < 20
                    y += 1
                invariant Low:
                    x + y < LIMIT
                """);
        return m;
    }

    @Test
    void aMatrixOfThreeSettingsWhereOneViolatesStopsItAloneAndTheOthersFinish() throws IOException {
        Cli.Result r = Cli.run(tmp, "check", model().toString(), "--const", "LIMIT=50", "--const", "LIMIT=5",
                "--const", "LIMIT=41", "--store", "runs", "--json", "-", "--workers", "2", "--no-deadlock");
        assertEquals(10, r.exit(), r::toString);
        List<Object> runs = array(at(Json.parse(r.out()), "runs"));
        assertEquals(3, runs.size());
        assertEquals("ok", at(runs.get(0), "status"));
        assertEquals(441L, at(runs.get(0), "distinct_states"), "21 x 21 states, all explored");
        assertEquals("violation", at(runs.get(1), "status"));
        assertEquals("Low", at(runs.get(1), "violation", "name"));
        assertEquals(6L, (long) array(at(runs.get(1), "violation", "trace")).size(), "x + y reaches 5 after 5 steps");
        assertEquals("ok", at(runs.get(2), "status"));
        assertEquals(441L, at(runs.get(2), "distinct_states"));
        assertEquals(5L, at(runs.get(1), "constants", "LIMIT"));
        assertEquals(List.of("LIMIT=50", "LIMIT=5", "LIMIT=41"), Files.readAllLines(tmp.resolve("runs/matrix.runs")));
    }

    @Test
    void aMatrixStoppedByItsTimeLimitResumesAsAWhole() throws IOException {
        Cli.Result stopped = Cli.run(tmp, "check", Cli.example("two_phase_commit.ari"), "--const", "RM_COUNT=6",
                "--const", "RM_COUNT=7", "--store", "m", "--timeout", "700ms", "--workers", "2");
        assertEquals(3, stopped.exit(), stopped::toString);
        Cli.Result resumed = Cli.run(tmp, "resume", "m", "--json", "-", "--workers", "2");
        assertEquals(0, resumed.exit(), resumed::toString);
        List<Object> runs = array(at(Json.parse(resumed.out()), "runs"));
        // examples/two_phase_commit.expected, verified with TLC: 50,816 states, depth 20 for 6 RMs; 296,448, depth 23
        // for 7. Both together take over 1.5 s on the fastest machine seen (CI), so the limit stops every machine.
        assertEquals(50816L, at(runs.get(0), "distinct_states"));
        assertEquals(20L, at(runs.get(0), "depth"));
        assertEquals(296448L, at(runs.get(1), "distinct_states"));
        assertEquals(23L, at(runs.get(1), "depth"));
    }

    @Test
    void processIsolationGivesTheSameResultsAndLeavesNoWorkerBehind() throws IOException {
        Cli.Result threads = Cli.run(tmp, "check", Cli.example("dining_philosophers.ari"), "--no-deadlock",
                "--store", "t", "--json", "-");
        Cli.Result processes = Cli.run(tmp, "check", Cli.example("dining_philosophers.ari"), "--no-deadlock",
                "--store", "p", "--json", "-", "--isolation", "process");
        assertEquals(0, processes.exit(), processes::toString);
        Object t = at(Json.parse(threads.out()), "runs", 0);
        Object p = at(Json.parse(processes.out()), "runs", 0);
        assertEquals("process", at(p, "isolation"));
        assertEquals(at(t, "distinct_states"), at(p, "distinct_states"));
        assertEquals(at(t, "generated_states"), at(p, "generated_states"));
        assertEquals(at(t, "depth"), at(p, "depth"));
        assertTrue(ProcessHandle.current().descendants().noneMatch(CliProcess::isWorker), "no worker process is left");
    }
}
