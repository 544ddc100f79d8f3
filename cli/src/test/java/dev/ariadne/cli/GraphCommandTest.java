package dev.ariadne.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static dev.ariadne.cli.Json.array;
import static dev.ariadne.cli.Json.at;
import static dev.ariadne.cli.Json.object;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code ariadne graph}: the state graph of a stored run. The counts are checked against TLC's
 * on the TLA+ twins (each example's .expected): TLC's "states generated" counts one per initial
 * state, one per transition, and one stutter per terminal state, so the transitions are the
 * generated states less the initial ones and the terminal ones.
 */
class GraphCommandTest {
    @TempDir
    Path tmp;

    /** termination.ari: 13 distinct, TLC 18 generated = 1 initial + 14 transitions + 3 terminal stutters. */
    @Test
    void theJsonGraphOfTerminationHasTheTransitionsTlcCounts() {
        check("liveness/termination.ari", 13);
        Object g = graph("run", "--format", "json");
        assertEquals(13, array(at(g, "states")).size());
        assertEquals(14, array(at(g, "edges")).size());
        assertEquals(true, at(g, "complete"));
        assertEquals(13L, at(g, "states_stored"));
        Set<Object> ids = new HashSet<>();
        long initial = 0;
        for (Object s : array(at(g, "states"))) {
            ids.add(at(s, "id"));
            initial += Boolean.TRUE.equals(at(s, "initial")) ? 1 : 0;
            assertTrue(object(at(s, "state")).containsKey("count"), "each state with its values: " + s);
        }
        assertEquals(1, initial);
        Set<Object> withSuccessors = new HashSet<>();
        for (Object e : array(at(g, "edges"))) {
            assertTrue(ids.contains(at(e, "from")) && ids.contains(at(e, "to")), e.toString());
            assertTrue(((String) at(e, "step")).matches("Worker\\([01]\\) at (Read|Write)"), e.toString());
            assertTrue(((String) at(e, "location")).matches(".*termination\\.ari:\\d+:\\d+"), e.toString());
            withSuccessors.add(at(e, "from"));
        }
        assertEquals(13 - 3, withSuccessors.size(), "3 terminal states (both workers done)");
        // the lasso of the first violated property stutters in the initial state
        assertEquals(List.of(at(g, "states", 0, "id")), array(at(g, "trace")));
    }

    /** lock_wf.ari: 8 distinct, TLC 15 generated = 1 initial + 14 transitions (no terminal state). */
    @Test
    void theDotGraphOfTheLockHasEveryTransitionLabelledAndTheLassoInRed() {
        check("liveness/lock_wf.ari", 8);
        Cli.Result r = Cli.run(tmp, "graph", "run");
        assertEquals(0, r.exit(), r::toString);
        String dot = r.out();
        assertTrue(dot.startsWith("// 8 of 8 stored states, 14 transitions (the whole graph)\ndigraph "), dot);
        assertEquals(8, dot.lines().filter(l -> l.matches("  s[0-9a-f]{16} \\[label=.*")).count(), dot);
        List<String> edges = dot.lines().filter(l -> l.contains(" -> ")).toList();
        assertEquals(14, edges.size(), dot);
        assertTrue(edges.stream().allMatch(l -> l.matches("  s[0-9a-f]{16} -> s[0-9a-f]{16} \\[label=\"Worker\\(\\d\\)"
                + " at \\w+\", tooltip=\".*lock_wf\\.ari:\\d+:\\d+\".*\\];")), dot);
        // the lasso: 4 distinct states and its 4 steps, the last one back to the cycle's start
        assertEquals(4, dot.lines().filter(l -> l.contains("[label=") && l.contains("penwidth=2")).count(), dot);
        assertEquals(4, edges.stream().filter(l -> l.endsWith(", color=red];")).count(), dot);
        assertTrue(dot.endsWith("}\n"));
    }

    /** peterson.ari: 42 distinct, TLC 77 generated = 1 initial + 76 transitions; cut at 5 states. */
    @Test
    void maxStatesCutsTheGraphAndSaysSo() {
        check("peterson.ari", 42);
        assertEquals(76, array(at(graph("run", "--format", "json"), "edges")).size());
        Object cut = graph("run", "--format", "json", "--max-states", "5");
        assertEquals(5, array(at(cut, "states")).size());
        assertEquals(false, at(cut, "complete"));
        assertTrue((Long) at(cut, "edges_out") > 0);
        List<Object> seqs = array(at(cut, "states")).stream().map(s -> at(s, "seq")).toList();
        assertEquals(List.of(0L, 1L, 2L, 3L, 4L), seqs, "no violation: the states found first");
        Cli.Result r = Cli.run(tmp, "graph", "run", "--max-states", "5");
        assertTrue(r.out().startsWith("// 5 of 42 stored states, "), r::toString);
        assertTrue(r.out().lines().findFirst().orElseThrow().contains("transitions lead to states not shown"));
    }

    @Test
    void aCutGraphKeepsTheTraceFirst() {
        check("liveness/lock_wf.ari", 8);
        Object cut = graph("run", "--format", "json", "--max-states", "3");
        for (Object s : array(at(cut, "states"))) {
            assertEquals(true, at(s, "on_trace"), "the trace's states come first: " + s);
        }
        assertEquals(at(cut, "trace", 0), at(cut, "states", 0, "id"));
    }

    @Test
    void badRequestsAreUsageErrors() {
        Cli.Result none = Cli.run(tmp, "graph", "nowhere").assertCleanError();
        assertEquals(2, none.exit());
        assertTrue(none.err().contains("cannot graph 'nowhere': no such run directory"), none::toString);
        check("liveness/lock_wf.ari", 8);
        Cli.Result format = Cli.run(tmp, "graph", "run", "--format", "svg").assertCleanError();
        assertEquals(2, format.exit());
        assertTrue(format.err().contains("--format must be 'dot' or 'json', not 'svg'"), format::toString);
        Cli.Result max = Cli.run(tmp, "graph", "run", "--max-states", "0").assertCleanError();
        assertEquals(2, max.exit());
    }

    private void check(String example, int distinct) {
        Cli.Result r = Cli.run(tmp, "check", Cli.example(example), "--store", "run", "--progress", "0");
        assertTrue(r.exit() == 0 || r.exit() == 13, r::toString);
        assertTrue(r.out().contains(distinct + " distinct states"), r::toString);
    }

    private Object graph(String... args) {
        String[] all = new String[args.length + 1];
        all[0] = "graph";
        System.arraycopy(args, 0, all, 1, args.length);
        Cli.Result r = Cli.run(tmp, all);
        assertEquals(0, r.exit(), r::toString);
        return Json.parse(r.out());
    }
}
