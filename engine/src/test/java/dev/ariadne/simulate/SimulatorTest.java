package dev.ariadne.simulate;

import dev.ariadne.api.Ariadne;
import dev.ariadne.expand.ExploreOptions;
import dev.ariadne.lang.compile.Program;
import dev.ariadne.load.ModelLoader;
import dev.ariadne.result.CheckResult;
import dev.ariadne.result.CoverageReport;
import dev.ariadne.result.ViolationKind;
import dev.ariadne.vm.Machine;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Random simulation on the project's examples: known violations found, runs reproducible at any worker count. */
class SimulatorTest {
    private static final Path EXAMPLES = Path.of("..", "examples");

    private static SimulationResult simulate(Program p, long seed, long behaviours, int workers, boolean coverage)
            throws InterruptedException {
        return new Simulator(p, new SimulateOptions(seed, 100, behaviours, 0, workers, true,
                Machine.DEFAULT_STEP_BUDGET, null, coverage)).run();
    }

    @Test
    void aSeededRunFindsPetersonsBrokenMutualExclusionTheSameAtAnyWorkerCount() throws Exception {
        Program p = ModelLoader.load(EXAMPLES.resolve("peterson.ari"), Map.of("BROKEN", "True"));
        SimulationResult one = simulate(p, 42, 5_000, 1, false);
        SimulationResult two = simulate(p, 42, 5_000, 2, false);
        assertNotNull(one.violation(), "the broken variant violates mutual exclusion");
        assertEquals(ViolationKind.INVARIANT, one.violation().kind());
        assertEquals("MutualExclusion", one.violation().name());
        assertEquals(one.behaviour(), two.behaviour(), "the same behaviour, whatever the worker count");
        assertEquals(one.violation(), two.violation());
        assertEquals(one.path().size(), two.path().size());
        for (int i = 0; i < one.path().size(); i++) {
            assertArrayEquals(one.path().get(i), two.path().get(i), "state " + i + " of the trace");
        }
        assertArrayEquals(one.steps(), two.steps());
    }

    @Test
    void aCorrectModelPassesAndItsCountsAreReproducible() throws Exception {
        Program p = ModelLoader.load(EXAMPLES.resolve("two_phase_commit.ari"), Map.of());
        SimulationResult one = simulate(p, 7, 2_000, 1, false);
        SimulationResult two = simulate(p, 7, 2_000, 2, false);
        assertNull(one.violation());
        assertEquals(2_000, one.behaviours());
        assertEquals(one.states(), two.states(), "the same behaviours at one and two workers");
        assertEquals(one.distinct(), two.distinct());
        assertTrue(one.distinct() <= 300 && one.distinct() > 200, "at most the 288 reachable states, about: "
                + one.distinct());
        assertEquals(11, one.longest(), "the longest behaviour of two-phase commit with 3 RMs has depth 11");
    }

    @Test
    void simulationCoverageCountsTakenStepsAndStatesVisited() throws Exception {
        Program p = ModelLoader.load(EXAMPLES.resolve("two_phase_commit.ari"), Map.of());
        SimulationResult r = simulate(p, 3, 500, 2, true);
        CoverageReport c = r.coverage();
        long taken = c.steps().stream().mapToLong(CoverageReport.Step::taken).sum();
        assertEquals(r.states() - r.behaviours(), taken, "every state but a behaviour's first was reached by a step");
        assertTrue(c.neverEnabled().isEmpty(), "every action of two-phase commit is enabled somewhere");
        assertEquals(2, c.variables().stream().filter(v -> v.name().equals("tmState")).findFirst().get().distinct());
    }

    @Test
    void checkCoverageCountsEveryNewStateOnceAndListsWhatIsNeverEnabled() throws Exception {
        Program p = ModelLoader.load("dead.ari", """
                var x = 0
                action Inc:
                    await x < 3
                    x += 1
                action Never:
                    await x > 10
                    x = 0
                """, Map.of());
        for (int workers : List.of(1, 2)) {
            CheckResult r = Ariadne.check(p).workers(workers).options(ExploreOptions.defaults().withDeadlock(false).withCoverage(true)).run().result();
            CoverageReport c = r.coverage();
            assertEquals(List.of("Inc", "Never"), c.steps().stream().map(CoverageReport.Step::name).toList());
            assertEquals(3, c.steps().get(0).enabled());
            assertEquals(3, c.steps().get(0).produced(), "Inc made the three states after the initial one");
            assertEquals(List.of("dead.ari:5:8"), c.neverEnabled().stream().map(CoverageReport.Step::location).toList());
            assertEquals(4, c.variables().get(0).distinct(), "x takes 0..3");
        }
        assertNull(Ariadne.check(p).workers(1).options(ExploreOptions.defaults().withDeadlock(false)).run().result().coverage(), "off: nothing kept");
    }

    @Test
    void everyStepOfAFoundTraceIsATransitionOfTheModel() throws Exception {
        // branching steps (the walker keeps a drawn successor that is not its step's last) and processes
        Program branching = ModelLoader.load("walk.ari", """
                var x = 0
                var log = []
                action Add:
                    d = oneof([1, 2, 3])
                    either:
                        x += d
                    or:
                        x += 2 * d
                    log.append(d)
                invariant Small:
                    x < 25
                """, Map.of());
        Program peterson = ModelLoader.load(EXAMPLES.resolve("peterson.ari"), Map.of("BROKEN", "True"));
        for (Program p : List.of(branching, peterson)) {
            SimulationResult r = simulate(p, 11, 5_000, 1, false);
            assertNotNull(r.violation());
            assertTrue(r.path().size() > 2, "a trace of several steps");
            assertTransitions(p, r.path(), r.steps());
        }
    }

    /** Each state of the path after the first is a successor of the one before by the step recorded for it. */
    private static void assertTransitions(Program p, List<byte[]> path, int[] steps) {
        Machine m = new Machine(p);
        dev.ariadne.snapshot.StateCodec codec = new dev.ariadne.snapshot.StateCodec(p, false);
        for (int i = 0; i + 1 < path.size(); i++) {
            codec.decodeInto(path.get(i), m);
            List<byte[]> successors = new java.util.ArrayList<>();
            m.runStep(steps[i + 1], id -> {
                codec.encodeAsIs(m);
                successors.add(codec.bytes());
            });
            byte[] next = path.get(i + 1);
            assertTrue(successors.stream().anyMatch(b -> Arrays.equals(b, next)),
                    "state " + (i + 1) + " is a successor of state " + i + " by step " + m.names().stepName(steps[i + 1]));
        }
    }

    @Test
    void behaviourStreamsDependOnSeedAndIndexOnly() {
        long[] a = Walker.stream(5, 9).longs(4).toArray();
        long[] b = Walker.stream(5, 9).longs(4).toArray();
        long[] c = Walker.stream(5, 10).longs(4).toArray();
        assertArrayEquals(a, b);
        assertTrue(!Arrays.equals(a, c));
    }
}
