package dev.ariadne.cli;

import dev.ariadne.snapshot.Fingerprint;
import dev.ariadne.storage.DurableStore;
import dev.ariadne.storage.StoreOpener;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static dev.ariadne.cli.Json.array;
import static dev.ariadne.cli.Json.at;
import static dev.ariadne.cli.Json.object;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code ariadne trace}: the violation's trace again from the store, or the trace to any stored state. */
class TraceCommandTest {
    @TempDir
    Path tmp;

    @Test
    void traceOfARunPrintsItsViolationAgain() {
        Cli.Result check = Cli.run(tmp, "check", Cli.DIE_HARD.toString(), "--store", "run", "--json", "check.json");
        assertEquals(10, check.exit(), check::toString);
        Cli.Result r = Cli.run(tmp, "trace", "run");
        assertEquals(0, r.exit(), r::toString);
        assertTrue(r.out().contains("Invariant NotSolved is violated"), r::toString);
        assertTrue(r.out().contains("Trace (7 states):"), r::toString);
        String fromCheck = check.out().substring(check.out().indexOf("Trace ("), check.out().indexOf("Failed:"));
        assertTrue(r.out().contains(fromCheck.strip()), "the same trace as the check printed:\n" + r);

        Cli.Result json = Cli.run(tmp, "trace", "run", "--json", "-");
        assertEquals(0, json.exit(), json::toString);
        Object doc = Json.parse(json.out());
        assertEquals("violation", at(doc, "status"));
        assertEquals("NotSolved", at(doc, "violation", "name"));
        assertEquals(7, array(at(doc, "violation", "trace")).size());
    }

    @Test
    void traceToAStoredStateOfTheTokenRingKeepsItsCyclesAndAliases() {
        Cli.Result check = Cli.run(tmp, "check", Cli.example("token_ring.ari"), "--const", "N=2", "--const",
                "ROUNDS=1", "--store", "ring");
        assertEquals(0, check.exit(), check::toString);
        String fp;
        try (DurableStore s = StoreOpener.find().open(tmp.resolve("ring"))) {
            fp = Fingerprint.hex(s.fingerprintAt(s.size() - 1));
        }
        Cli.Result r = Cli.run(tmp, "trace", "ring", "--state", fp, "--json", "-");
        assertEquals(0, r.exit(), r::toString);
        assertTrue(r.err().contains("Trace to state " + fp), r::toString);
        assertTrue(r.err().contains("[" + fp + "]"), "the last step is the state asked for: " + r);
        Object doc = Json.parse(r.out());
        assertEquals(fp, at(doc, "state"));
        Object init = at(doc, "trace", 0, "state");
        // nodes[0] and nodes[1] point at each other: node 0 gets id 1, node 1 (its next) id 3 after node 0's token.
        Map<String, Object> node0 = object(at(init, "nodes", 0));
        assertEquals(1L, node0.get("$id"));
        Map<String, Object> node1 = object(node0.get("next"));
        assertEquals(Map.of("$ref", 1L), node1.get("next"), "the ring closes with a reference");
        assertEquals(Map.of("$ref", node1.get("$id")), at(init, "nodes", 1));
        assertEquals(Map.of("$ref", 1L), at(init, "processes", "Node(0)", "me"), "a process var aliases its node");
        assertEquals(Map.of("$ref", at(node0, "inbox", 0, "$id")), at(init, "token"), "the token is in node 0's inbox");
        assertEquals("Receive", at(init, "processes", "Node(0)", "pc"));
    }

    @Test
    void traceOfARunWithoutViolationAsksForAState() {
        assertEquals(0, Cli.run(tmp, "check", Cli.example("two_phase_commit.ari"), "--store", "ok").exit());
        Cli.Result r = Cli.run(tmp, "trace", "ok").assertCleanError();
        assertEquals(2, r.exit(), r::toString);
        assertTrue(r.err().contains("found no violation (its status: ok): give --state FP"), r::toString);
    }

    @Test
    void traceToAnUnknownOrMalformedFingerprintIsExitTwo() {
        assertEquals(10, Cli.run(tmp, "check", Cli.DIE_HARD.toString(), "--store", "run").exit());
        Cli.Result r = Cli.run(tmp, "trace", "run", "--state", "0123456789abcdef").assertCleanError();
        assertEquals(2, r.exit(), r::toString);
        assertTrue(r.err().contains("holds no state with fingerprint 0123456789abcdef"), r::toString);
        r = Cli.run(tmp, "trace", "run", "--state", "xyz").assertCleanError();
        assertEquals(2, r.exit(), r::toString);
        assertTrue(r.err().contains("expected a fingerprint"), r::toString);
    }

    @Test
    void fingerprintsPrintedInTracesAreAcceptedByState() {
        Cli.Result check = Cli.run(tmp, "check", Cli.DIE_HARD.toString(), "--store", "run");
        List<String> fps = check.out().lines().filter(l -> l.matches("\\s+\\d+\\. .*\\[[0-9a-f]{16}]"))
                .map(l -> l.substring(l.lastIndexOf('[') + 1, l.length() - 1)).toList();
        assertEquals(7, fps.size(), check::toString);
        Cli.Result r = Cli.run(tmp, "trace", "run", "--state", fps.get(3));
        assertEquals(0, r.exit(), r::toString);
        assertTrue(r.out().contains("Trace (4 states):"), r::toString);
    }
}
