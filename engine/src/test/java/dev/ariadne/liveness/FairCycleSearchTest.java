package dev.ariadne.liveness;

import org.junit.jupiter.api.Test;

import java.util.function.BooleanSupplier;
import java.util.function.IntPredicate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The fair-cycle search on hand-written graphs, one per rule of fairness, with every
 * counterexample checked to be a path of the graph whose cycle is fair.
 */
class FairCycleSearchTest {
    private static final BooleanSupplier NEVER = () -> false;

    /** {@code eventually P}: inside not-P from an initial state. */
    private static FairCycleSearch.Found eventually(Graph g) {
        IntPredicate notP = s -> !g.bit(s, 0);
        return new FairCycleSearch(g, notP, s -> s < g.initial, null, new StopCheck(NEVER)).search();
    }

    @Test
    void withoutFairnessAStateMayStutterForEver() {
        Graph g = new GraphBuilder(2).p(1).edge(0, 1).levels(1).build();
        FairCycleSearch.Found f = eventually(g);
        assertNotNull(f);
        assertArrayEquals(new int[] {0}, f.states());
        assertEquals(-1, f.loopTo());
    }

    @Test
    void weakFairnessForbidsStutteringWhereItsStepIsEnabled() {
        GraphBuilder b = new GraphBuilder(2).p(1).levels(1);
        int k = b.weak();
        assertNull(eventually(b.edge(0, 1, k).build()));
    }

    @Test
    void aStateThatMayOnlyStutterViolatesEventually() {
        GraphBuilder b = new GraphBuilder(3).p(2).levels(1, 2);
        int k = b.weak();
        Graph g = b.edge(0, 1, k).build(); // 1 has no successor: the behaviour stutters there
        FairCycleSearch.Found f = eventually(g);
        assertArrayEquals(new int[] {0, 1}, f.states());
        assertEquals(-1, f.loopTo());
    }

    /** 0 <-> 1 by a fair loop; the starving instance is enabled in 0 only, and leads to P. */
    private static Graph intermittent(boolean strong) {
        GraphBuilder b = new GraphBuilder(3).p(2).levels(1, 2);
        int loop = b.weak();
        int starving = strong ? b.strong() : b.weak();
        return b.edge(0, 1, loop).edge(1, 0, loop).edge(0, 2, starving).build();
    }

    @Test
    void weakFairnessLetsAnIntermittentlyEnabledStepStarve() {
        Graph g = intermittent(false);
        FairCycleSearch.Found f = eventually(g);
        assertNotNull(f);
        assertFair(g, f);
        assertTrue(f.loopTo() >= 0);
    }

    @Test
    void strongFairnessDoesNot() {
        assertNull(eventually(intermittent(true)));
    }

    @Test
    void strongFairnessRefinesAComponentToTheStatesWhereTheStepIsDisabled() {
        // 0 -> 1, then 1 -> 2 -> 1 and 1 -> 3 -> 1 by one weakly fair instance; the strong step is enabled in 2 only
        GraphBuilder b = new GraphBuilder(5).p(4).levels(1, 2, 4);
        int loop = b.weak();
        int s = b.strong();
        int start = b.weak();
        Graph g = b.edge(0, 1, start).edge(1, 2, loop).edge(2, 1, loop).edge(2, 4, s).edge(1, 3, loop).edge(3, 1, loop).build();
        FairCycleSearch.Found f = eventually(g);
        assertNotNull(f, "1 <-> 3 is fair and never passes the state where the strong step is enabled");
        assertFair(g, f);
        assertTrue(f.loopTo() >= 0);
        for (int i = f.loopTo(); i < f.states().length; i++) {
            assertTrue(f.states()[i] != 2, "the cycle must not pass the state where the strong step is enabled");
        }
    }

    @Test
    void eventuallyAlwaysNeedsTheAcceptingStateOnTheCycle() {
        // 0 <-> 1, P only in 1: not-P (state 0) comes back for ever
        Graph g = new GraphBuilder(2).p(1).edge(0, 1).edge(1, 0).levels(1).build();
        FairCycleSearch.Found f = new FairCycleSearch(g, s -> true, s -> s < g.initial, s -> !g.bit(s, 0),
                new StopCheck(NEVER)).search();
        assertNotNull(f);
        // 0 -> 1 -> 0 stutters? no: it may stutter in 0 (not-P for ever) since nothing is fair
        assertEquals(-1, f.loopTo());
        assertArrayEquals(new int[] {0}, f.states());
    }

    @Test
    void eventuallyAlwaysHoldsWhenFairnessLeavesNotPForGood() {
        GraphBuilder b = new GraphBuilder(2).p(1).levels(1);
        int k = b.weak();
        Graph g = b.edge(0, 1, k).build();
        assertNull(new FairCycleSearch(g, s -> true, s -> s < g.initial, s -> !g.bit(s, 0),
                new StopCheck(NEVER)).search());
    }

    @Test
    void theStemIsTheShortestThroughAnyTrigger() {
        // not-P states 2 (depth 2) and 3 (depth 3) may both stutter for ever; the nearer one is reported
        GraphBuilder b = new GraphBuilder(4).p(0, 1).levels(1, 3);
        Graph g = b.edge(0, 1).edge(0, 2).edge(1, 3).build();
        FairCycleSearch.Found f = new FairCycleSearch(g, s -> !g.bit(s, 0), s -> true, null, new StopCheck(NEVER))
                .search();
        assertArrayEquals(new int[] {2}, f.states());
        assertEquals(2, g.depth(2));
        assertEquals(3, g.depth(3));
    }

    @Test
    void aLongSearchStopsWhenAsked() {
        int n = 100_000;
        GraphBuilder b = new GraphBuilder(n).levels(1);
        int k = b.weak();
        for (int s = 0; s + 1 < n; s++) {
            b.edge(s, s + 1, k);
        }
        Graph g = b.edge(n - 1, 0, k).build();
        FairCycleSearch search = new FairCycleSearch(g, s -> true, s -> s < g.initial, null, new StopCheck(() -> true));
        assertThrows(StopCheck.Stopped.class, search::search);
    }

    @Test
    void deepComponentsNeedNoDeepStack() {
        int n = 200_000; // a ring deeper than any thread's stack
        GraphBuilder b = new GraphBuilder(n).levels(1);
        int k = b.weak();
        for (int s = 0; s + 1 < n; s++) {
            b.edge(s, s + 1, k);
        }
        Graph g = b.edge(n - 1, 0, k).build();
        FairCycleSearch.Found f = eventually(g);
        assertNotNull(f);
        assertFair(g, f);
        assertEquals(n + 1, f.states().length);
    }

    /** The found behaviour follows edges of the graph, and its cycle is fair. */
    static void assertFair(Graph g, FairCycleSearch.Found f) {
        int[] st = f.states();
        for (int i = 1; i < st.length; i++) {
            int e = f.edges()[i];
            assertTrue(e >= g.start[st[i - 1]] && e < g.start[st[i - 1] + 1] && g.target[e] == st[i],
                    "step " + i + " is no edge of the graph");
        }
        if (f.loopTo() < 0) {
            int last = st[st.length - 1];
            for (int e = g.start[last]; e < g.start[last + 1]; e++) {
                assertTrue(g.fair[e] < 0, "stuttering in " + last + " while a fair instance is enabled");
            }
            return;
        }
        assertEquals(st[f.loopTo()], st[st.length - 1], "the cycle does not close");
        for (int k = 0; k < g.instances; k++) {
            boolean taken = false;
            int enabledIn = 0;
            for (int i = f.loopTo() + 1; i < st.length; i++) {
                taken |= g.fair[f.edges()[i]] == k;
            }
            for (int i = f.loopTo(); i < st.length - 1; i++) {
                for (int e = g.start[st[i]]; e < g.start[st[i] + 1]; e++) {
                    if (g.fair[e] == k) {
                        enabledIn++;
                        break;
                    }
                }
            }
            int cycleStates = st.length - 1 - f.loopTo();
            if (g.strong[k]) {
                assertTrue(taken || enabledIn == 0, "strongly fair instance " + k + " starves on the cycle");
            } else {
                assertTrue(taken || enabledIn < cycleStates, "weakly fair instance " + k + " starves on the cycle");
            }
        }
    }
}
