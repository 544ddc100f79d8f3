package dev.ariadne.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static dev.ariadne.cli.Json.at;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Temporal properties through the command: the verdict of every property in the summary and
 * the JSON report, a violation's lasso (a cycle back to a state, or stuttering for ever),
 * exit 13, {@code trace} printing the lasso again, and the same result in worker processes.
 */
class LivenessCommandTest {
    @TempDir
    Path tmp;

    /** Two workers share a lock; under weak fairness one can starve, its step being enabled only now and then. */
    private static String lock(String fairness) {
        return """
                var lock = None

                %s process Worker(self in range(2)):
                    label Idle
                    while True:
                        label Acquire
                        await lock is None
                        lock = self
                        label Release
                        lock = None

                property Served(w in range(2)): always eventually pc("Worker", w) == "Release"
                property Free: pc("Worker", 0) == "Acquire" leads_to lock is None
                """.formatted(fairness).replace("\n ", "\n");
    }

    private Path model(String name, String text) throws IOException {
        Path p = tmp.resolve(name);
        Files.writeString(p, text);
        return p;
    }

    @Test
    void withoutFairnessAProcessMayStopForEver() throws IOException {
        Path m = model("lock.ari", lock(""));
        Cli.Result r = Cli.run(tmp, "check", m.toString(), "--store", "r", "--json", "r.json", "--workers", "2");
        assertEquals(13, r.exit(), r.toString());
        assertTrue(r.out().contains("Liveness property Served(0) is violated"), r.toString());
        assertTrue(r.out().contains("then stutters for ever in state 1"), r.toString());
        assertTrue(r.out().contains("property Served(0) (always eventually): violated"), r.toString());
        assertTrue(r.out().contains("property Served(1) (always eventually): violated"), r.toString());
        assertTrue(r.out().contains("property Free (leads_to): violated"), r.toString()); // the holder may stop too
        Object report = Json.parse(Files.readString(tmp.resolve("r.json")));
        Object run = at(report, "runs", 0);
        assertEquals("liveness", at(report, "status"));
        assertEquals("liveness", at(run, "violation", "kind"));
        assertEquals("Served(0)", at(run, "violation", "name"));
        assertEquals(true, at(run, "violation", "stutters"));
        assertNull(at(run, "violation", "loop_index"));
        assertEquals(1, ((List<?>) at(run, "violation", "trace")).size());
        assertEquals("violated", at(run, "properties", 1, "verdict"));
        assertEquals("violated", at(run, "properties", 2, "verdict"));
        assertEquals("leads_to", at(run, "properties", 2, "formula"));
    }

    @Test
    void weakFairnessLetsAWorkerStarveOnACycleAndStrongFairnessDoesNot() throws IOException {
        Path weak = model("weak.ari", lock("fair"));
        Cli.Result r = Cli.run(tmp, "check", weak.toString(), "--store", "w", "--json", "w.json", "--workers", "2");
        assertEquals(13, r.exit(), r.toString());
        assertTrue(r.out().contains("back to state "), r.toString());
        Object v = at(Json.parse(Files.readString(tmp.resolve("w.json"))), "runs", 0, "violation");
        assertEquals(false, at(v, "stutters"));
        List<?> trace = (List<?>) at(v, "trace");
        long loop = (Long) at(v, "loop_index");
        assertEquals(at(trace, (int) loop, "state"), at(trace, trace.size() - 1, "state"), "the cycle closes");
        for (int i = (int) loop; i < trace.size(); i++) {
            assertTrue(!"Release".equals(at(trace, i, "state", "processes", "Worker(0)", "pc")), "Worker(0) is served");
        }

        Cli.Result again = Cli.run(tmp, "trace", "w");
        assertEquals(0, again.exit(), again.toString());
        assertTrue(again.out().contains("back to state " + (loop + 1) + ": the cycle repeats for ever"), again.toString());

        Path strong = model("strong.ari", lock("fair+"));
        Cli.Result s = Cli.run(tmp, "check", strong.toString(), "--store", "s", "--workers", "2");
        assertEquals(0, s.exit(), s.toString());
        assertTrue(s.out().contains("property Served(0) (always eventually): holds"), s.toString());
        assertTrue(s.out().contains("property Free (leads_to): holds"), s.toString());
    }

    @Test
    void workerProcessesGiveTheSameLasso() throws IOException {
        Path weak = model("weak.ari", lock("fair"));
        Cli.run(tmp, "check", weak.toString(), "--store", "t", "--json", "t.json", "--workers", "2");
        Cli.Result p = Cli.run(tmp, "check", weak.toString(), "--store", "p", "--json", "p.json", "--workers", "2",
                "--isolation", "process");
        assertEquals(13, p.exit(), p.toString());
        assertEquals(at(Json.parse(Files.readString(tmp.resolve("t.json"))), "runs", 0, "violation"),
                at(Json.parse(Files.readString(tmp.resolve("p.json"))), "runs", 0, "violation"));
    }

    @Test
    void onlyTheSelectedPropertiesAreChecked() throws IOException {
        Path m = model("lock.ari", lock(""));
        Cli.Result r = Cli.run(tmp, "check", m.toString(), "--store", "sel", "--property", "Free", "--workers", "1");
        assertEquals(13, r.exit(), r.toString());
        assertTrue(r.out().contains("property Free (leads_to): violated"), r.toString());
        assertTrue(!r.out().contains("Served"), r.toString());
        Cli.Result none = Cli.run(tmp, "check", m.toString(), "--store", "sel2", "--property", "Nope");
        assertEquals(2, none.assertCleanError().exit(), none.toString());
    }

    @Test
    void eachRunOfAMatrixChecksItsOwnGraph() throws IOException {
        Path m = model("count.ari", """
                const GOAL = 2
                var n = 0
                fair action Inc:
                    await n < 3
                    n += 1
                property Reaches: eventually n == GOAL
                """);
        Cli.Result r = Cli.run(tmp, "check", m.toString(), "--const", "GOAL=2", "--const", "GOAL=5", "--store", "mx",
                "--json", "mx.json", "--workers", "2", "--no-deadlock");
        assertEquals(13, r.exit(), r.toString());
        Object report = Json.parse(Files.readString(tmp.resolve("mx.json")));
        assertEquals("holds", at(report, "runs", 0, "properties", 0, "verdict"));
        assertEquals("violated", at(report, "runs", 1, "properties", 0, "verdict"));
        assertEquals(true, at(report, "runs", 1, "violation", "stutters"), "n stops at 3 and never reaches 5");
    }

    @Test
    void aBoundedGraphIsSaidToBeOne() throws IOException {
        Path strong = model("strong.ari", lock("fair+"));
        Cli.Result r = Cli.run(tmp, "check", strong.toString(), "--store", "b", "--max-depth", "3", "--workers", "1");
        assertTrue(r.out().contains("checked on a bounded state graph (--max-depth)"), r.toString());
    }

    @Test
    void temporalOperatorsOutsidePropertiesAreStaticErrors() throws IOException {
        Path m = model("bad.ari", """
                var x = 0
                invariant I: eventually x == 0
                property P: always always x == 0
                fair def f():
                    pass
                """);
        Cli.Result r = Cli.run(tmp, "check", m.toString()).assertCleanError();
        assertEquals(2, r.exit(), r.toString());
        assertTrue(r.err().contains("bad.ari:2:14: 'eventually' is a temporal operator"), r.toString());
        assertTrue(r.err().contains("'fair' applies to a process or an action"), r.toString());
    }
}
