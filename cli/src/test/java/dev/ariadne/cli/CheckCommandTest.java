package dev.ariadne.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static dev.ariadne.cli.Json.array;
import static dev.ariadne.cli.Json.at;
import static dev.ariadne.cli.Json.object;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code ariadne check} on the reference and example models: verdicts, exit statuses, human and JSON reports. */
class CheckCommandTest {
    @TempDir
    Path tmp;

    @Test
    void dieHardViolatesNotSolvedWithASevenStateTraceInHumanOutput() {
        Cli.Result r = Cli.run(tmp, "check", Cli.DIE_HARD.toString(), "--store", "run", "--workers", "2");
        assertEquals(10, r.exit(), r::toString);
        assertTrue(r.out().contains("Invariant NotSolved is violated"), r::toString);
        assertTrue(r.out().matches("(?s).*die_hard\\.ari:\\d+:\\d+: invariant 'NotSolved' is violated\n.*"), r::toString);
        assertTrue(r.out().contains("Trace (7 states):"), r::toString);
        assertTrue(r.out().contains("  1. Init  ["), r::toString);
        assertTrue(r.out().contains("  7. BigToSmall (" + Cli.DIE_HARD + ":"), r::toString);
        assertTrue(r.out().contains("big: 0 -> 5"), "the changes of a step: " + r);
        assertTrue(r.out().contains("big: 5 -> 4"), r::toString);
        assertTrue(r.out().contains("store: run"), r::toString);
        assertTrue(Files.exists(tmp.resolve("run/states.small")), "the run is persisted in --store (a small one)");
    }

    @Test
    void dieHardJsonReportHasEveryFieldOfTheContract() throws IOException {
        Cli.Result r = Cli.run(tmp, "check", Cli.DIE_HARD.toString(), "--store", "run", "--workers", "2",
                "--json", "report.json");
        assertEquals(10, r.exit(), r::toString);
        Object doc = Json.parse(Files.readString(tmp.resolve("report.json")));
        assertEquals("violation", at(doc, "status"));
        Map<String, Object> run = object(at(doc, "runs", 0));
        assertEquals(Cli.DIE_HARD.toString(), run.get("model"));
        assertEquals(Map.of("SMALL", 3L, "BIG", 5L), run.get("constants"));
        assertEquals("violation", run.get("status"));
        for (String count : List.of("distinct_states", "generated_states", "depth", "queue_left")) {
            assertInstanceOf(Long.class, run.get(count), count);
        }
        assertInstanceOf(Double.class, run.get("elapsed_seconds"));
        assertEquals(2L, run.get("workers"));
        assertEquals("thread", run.get("isolation"));
        assertEquals("run", run.get("store"));
        Map<String, Object> v = object(run.get("violation"));
        assertEquals("invariant", v.get("kind"));
        assertEquals("NotSolved", v.get("name"));
        assertEquals("invariant 'NotSolved' is violated", v.get("message"));
        assertTrue(((String) v.get("location")).matches(".*die_hard\\.ari:\\d+:\\d+"), v.toString());
        List<Object> trace = array(v.get("trace"));
        assertEquals(7, trace.size());
        assertEquals(Map.of("step", "Init", "state", Map.of("small", 0L, "big", 0L)),
                Map.of("step", at(trace, 0, "step"), "state", at(trace, 0, "state")));
        assertTrue(object(trace.get(0)).containsKey("location"));
        assertNull(at(trace, 0, "location"));
        assertEquals("FillBig", at(trace, 1, "step"));
        assertTrue(((String) at(trace, 1, "location")).matches(".*die_hard\\.ari:\\d+:\\d+"));
        assertEquals(Map.of("small", 3L, "big", 4L), at(trace, 6, "state"));
    }

    @Test
    void jsonOnStandardOutputMovesTheHumanReportToStandardError() {
        Cli.Result r = Cli.run(tmp, "check", Cli.DIE_HARD.toString(), "--store", "run", "--json", "-");
        assertEquals(10, r.exit(), r::toString);
        assertEquals("violation", at(Json.parse(r.out()), "runs", 0, "status"));
        assertTrue(r.err().contains("Trace (7 states):"), r::toString);
    }

    @Test
    void twoPhaseCommitPassesWith288StatesAtDepth11() {
        Cli.Result r = Cli.run(tmp, "check", Cli.example("two_phase_commit.ari"), "--store", "run", "--json", "r.json");
        assertEquals(0, r.exit(), r::toString);
        assertTrue(r.out().contains("No violation found."), r::toString);
        assertTrue(r.out().contains("288 distinct states, 1,146 generated, depth 11"), r::toString);
        Object run = at(Json.parse(read("r.json")), "runs", 0);
        assertEquals(288L, at(run, "distinct_states"));
        assertEquals(11L, at(run, "depth"));
        assertEquals(0L, at(run, "queue_left"));
        assertFalse(object(run).containsKey("violation"), "no violation key when there is none");
    }

    @Test
    void diningPhilosophersDeadlockWithAnElevenStateTrace() {
        Cli.Result r = Cli.run(tmp, "check", Cli.example("dining_philosophers.ari"), "--store", "run",
                "--json", "r.json");
        assertEquals(11, r.exit(), r::toString);
        assertTrue(r.out().contains("Deadlock"), r::toString);
        assertTrue(r.out().contains("Trace (11 states):"), r::toString);
        assertTrue(r.out().contains("Phil(0): Think -> TakeFirst"), "process positions change: " + r);
        Object v = at(Json.parse(read("r.json")), "runs", 0, "violation");
        assertEquals("deadlock", at(v, "kind"));
        assertNull(at(v, "location"));
        Map<String, Object> procs = object(at(v, "trace", 0, "state", "processes"));
        assertEquals(List.of("Phil(0)", "Phil(1)", "Phil(2)", "Phil(3)", "Phil(4)"), List.copyOf(procs.keySet()));
        assertEquals("Think", at(procs, "Phil(0)", "pc"));
    }

    @Test
    void noDeadlockAndMaxDepthChangeWhatIsExplored() {
        Cli.Result r = Cli.run(tmp, "check", Cli.example("dining_philosophers.ari"), "--no-deadlock", "--store", "a");
        assertEquals(0, r.exit(), r::toString);
        assertTrue(r.out().contains("573 distinct states"), r::toString);
        r = Cli.run(tmp, "check", Cli.example("two_phase_commit.ari"), "--max-depth", "3", "--store", "b");
        assertEquals(0, r.exit(), r::toString);
        assertTrue(r.out().contains("depth 3,"), r::toString);
    }

    @Test
    void constantsOverrideTheModelsValues() {
        Cli.Result r = Cli.run(tmp, "check", Cli.example("two_phase_commit.ari"), "--const", "RM_COUNT=4",
                "--store", "run", "--json", "-");
        assertEquals(0, r.exit(), r::toString);
        Object run = at(Json.parse(r.out()), "runs", 0);
        assertEquals(1568L, at(run, "distinct_states"));
        assertEquals(Map.of("RM_COUNT", 4L), at(run, "constants"));
    }

    @Test
    void runtimeErrorExitsTwelveWithItsLocationAndTraceback() throws IOException {
        Files.writeString(tmp.resolve("err.ari"), """
                var x = 0
                var d = {"a": 1}

                def f(k):
                    return d[k] + 1

                action Step:
                    await x < 2
                    x += 1
                    if x == 2:
                        y = f("b")
                """);
        Cli.Result r = Cli.run(tmp, "check", "err.ari", "--store", "run", "--json", "r.json");
        assertEquals(12, r.exit(), r::toString);
        r.assertCleanError();
        assertTrue(r.out().contains("Runtime error in step Step"), r::toString);
        assertTrue(r.out().contains("err.ari:5:13: key 'b' not found"), r::toString);
        assertTrue(r.out().contains("        return d[k] + 1\n                ^\n"), "source line and caret: " + r);
        assertTrue(r.out().contains("Traceback (most recent call last):\n  Step at err.ari:11:14\n  f() at err.ari:5:13"),
                r::toString);
        Object v = at(Json.parse(read("r.json")), "runs", 0, "violation");
        assertEquals("error", at(v, "kind"));
        assertEquals("err.ari:5:13", at(v, "location"));
        List<Object> trace = array(at(v, "trace"));
        assertEquals(3, trace.size());
        assertNull(at(trace, 2, "state"), "the failing step has no state after it");
    }

    @Test
    void sharedAndCyclicValuesAreWrittenOnceWithIdsAndReferences() throws IOException {
        Files.writeString(tmp.resolve("cyclic.ari"), """
                var a = [1]
                var b = None
                var d = {1: "x", (2, 3): [4]}
                var s = {3, 1, 2}
                var r = record(x=1, text="q\\"uote\\n")
                var t = (1, "two")

                init:
                    a.append(a)

                action Share:
                    await b == None
                    b = a

                invariant NotShared:
                    b == None
                """);
        Cli.Result r = Cli.run(tmp, "check", "cyclic.ari", "--store", "run", "--json", "-");
        assertEquals(10, r.exit(), r::toString);
        List<Object> trace = array(at(Json.parse(r.out()), "runs", 0, "violation", "trace"));
        Map<String, Object> cycle = Map.of("$id", 1L, "items", List.of(1L, Map.of("$ref", 1L)));
        Object first = at(trace, 0, "state");
        assertEquals(cycle, at(first, "a"), "a list that holds itself");
        assertNull(at(first, "b"));
        assertEquals(List.of(List.of(1L, "x"), List.of(List.of(2L, 3L), List.of(4L))), at(first, "d"),
                "a dict with keys that are not strings: [key, value] pairs");
        assertEquals(List.of(1L, 2L, 3L), at(first, "s"), "a set in canonical order");
        assertEquals(Map.of("x", 1L, "text", "q\"uote\n"), at(first, "r"));
        assertEquals(List.of(1L, "two"), at(first, "t"));
        Object second = at(trace, 1, "state");
        assertEquals(cycle, at(second, "a"));
        assertEquals(Map.of("$ref", 1L), at(second, "b"), "the second path to the list is a reference");
    }

    @Test
    void frozenRecordsAreObjectsInTheReportAndPrintAsFrozenRecordsInTheTrace() throws IOException {
        Files.writeString(tmp.resolve("msgs.ari"), """
                var msgs = {frozenrecord(src=1, dst=2)}
                var held = frozenrecord(xs=[1])

                action Send:
                    msgs.add(frozenrecord(src=1, dst=3))
                    held.xs.append(2)

                invariant OneMessage:
                    len(msgs) == 1
                """);
        Cli.Result r = Cli.run(tmp, "check", "msgs.ari", "--store", "run", "--json", "-");
        assertEquals(10, r.exit(), r::toString);
        List<Object> trace = array(at(Json.parse(r.out()), "runs", 0, "violation", "trace"));
        assertEquals(List.of(Map.of("src", 1L, "dst", 2L), Map.of("src", 1L, "dst", 3L)), at(trace, 1, "state", "msgs"));
        assertEquals(Map.of("xs", List.of(1L, 2L)), at(trace, 1, "state", "held"));
        assertTrue(r.err().contains("frozenrecord(dst=3, src=1)"), "the human trace shows the value: " + r);
    }

    @Test
    void continueCollectsEveryViolation() {
        Cli.Result r = Cli.run(tmp, "check", Cli.DIE_HARD.toString(), "--continue", "--store", "run", "--json", "-");
        assertEquals(10, r.exit(), r::toString);
        Object run = at(Json.parse(r.out()), "runs", 0);
        assertEquals(16L, at(run, "distinct_states"), "--continue explores the whole state space");
        assertEquals(2, array(at(run, "violations")).size());
        assertEquals(at(run, "violation"), at(run, "violations", 0));
        assertTrue(r.err().contains("[2 of 2] Invariant NotSolved is violated"), r::toString);
    }

    @Test
    void defaultStoreIsAFreshDirectoryUnderAriadneRuns() throws IOException {
        Cli.Result one = Cli.run(tmp, "check", Cli.example("two_phase_commit.ari"));
        Cli.Result two = Cli.run(tmp, "check", Cli.example("two_phase_commit.ari"));
        assertEquals(0, one.exit(), one::toString);
        assertEquals(0, two.exit(), two::toString);
        try (Stream<Path> s = Files.list(tmp.resolve("ariadne-runs"))) {
            List<String> names = s.map(p -> p.getFileName().toString()).sorted().toList();
            assertEquals(2, names.size(), names::toString);
            for (String n : names) {
                assertTrue(n.matches("two_phase_commit-\\d{8}-\\d{6}(-\\d+)?"), n);
                assertTrue(one.out().contains("store: ariadne-runs/" + n) || two.out().contains("store: ariadne-runs/" + n));
            }
        }
    }

    @Test
    void modelPrintsGoToTheHumanReport() throws IOException {
        Files.writeString(tmp.resolve("hello.ari"), """
                var x = 0
                init:
                    print("hello", [1, 'a'])
                """);
        Cli.Result r = Cli.run(tmp, "check", "hello.ari", "--store", "run", "--no-deadlock");
        assertEquals(0, r.exit(), r::toString);
        assertTrue(r.out().contains("hello [1, 'a']\n"), r::toString);
    }

    private String read(String name) {
        try {
            return Files.readString(tmp.resolve(name));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
