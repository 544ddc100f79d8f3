package dev.ariadne.explore;

import dev.ariadne.expand.Batch;
import dev.ariadne.expand.BatchResult;
import dev.ariadne.expand.ExpandHandler;
import dev.ariadne.expand.ExploreOptions;
import dev.ariadne.liveness.PropertyInstances;
import dev.ariadne.pool.EventRouter;
import dev.ariadne.pool.ThreadWorkerPool;
import dev.ariadne.result.CheckResult;
import dev.ariadne.result.CoverageReport;
import dev.ariadne.result.Status;
import dev.ariadne.result.TraceStep;
import dev.ariadne.result.ViolationKind;
import dev.ariadne.storage.MemoryStateStore;
import dev.ariadne.value.IntV;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The explorer on a state space that does not use the language ({@link CounterSpace}):
 * counts, depth, verdict and the shortest trace, at one and at two workers. The expected
 * figures are worked out by hand in the comments.
 */
class HandWrittenSpaceTest {
    private record Run(CheckResult result, List<TraceStep> trace) {
    }

    private static Run explore(CounterSpace space, int workers, ExploreOptions options) {
        EventRouter<Batch, BatchResult> router = new EventRouter<>();
        MemoryStateStore store = new MemoryStateStore();
        try (ThreadWorkerPool<Batch, BatchResult> pool = new ThreadWorkerPool<>(workers, ExpandHandler::new, router)) {
            CheckResult r = new Explorer(space, PropertyInstances::none, store, pool, router, "counter",
                    options.withBatchSize(2), 0).run();
            TraceBuilder traces = new TraceBuilder(space, store);
            List<TraceStep> trace = r.violations().isEmpty() ? traces.trace(CounterSpace.fp(space.n() - 1))
                    : traces.trace(r.violations().get(0));
            return new Run(r, trace);
        }
    }

    private static List<String> names(List<TraceStep> trace) {
        return trace.stream().map(TraceStep::name).toList();
    }

    private static List<Object> values(List<TraceStep> trace) {
        return trace.stream().map(t -> (Object) t.state().globals().get("x")).toList();
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2})
    void aCounterModuloTen(int workers) {
        // 0 -> {1, 2} -> {3, 4} -> {5, 6} -> {7, 8} -> {9}: 10 states on 6 levels, each with 2 successors
        Run run = explore(new CounterSpace(10, false, -1), workers, ExploreOptions.defaults());
        assertEquals(Status.OK, run.result().status());
        assertEquals(10, run.result().distinct());
        assertEquals(1 + 2 * 10, run.result().generated());
        assertEquals(6, run.result().depth());
        // 9 is first reached from 7 (7 is expanded before 8), 7 from 5, 5 from 3, 3 from 1
        assertEquals(List.of("Init", "Add1", "Add2", "Add2", "Add2", "Add2"), names(run.trace()));
        assertEquals(List.of(IntV.of(0), IntV.of(1), IntV.of(3), IntV.of(5), IntV.of(7), IntV.of(9)), values(run.trace()));
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2})
    void aBoundedCounterDeadlocksAtItsBound(int workers) {
        Run run = explore(new CounterSpace(5, true, -1), workers, ExploreOptions.defaults());
        assertEquals(Status.DEADLOCK, run.result().status());
        assertEquals(ViolationKind.DEADLOCK, run.result().violations().get(0).kind());
        // 5 is first reached from 3 by Add2, 3 from 1 by Add2
        assertEquals(List.of("Init", "Add1", "Add2", "Add2"), names(run.trace()));
        assertEquals(IntV.of(5), run.trace().get(3).state().globals().get("x"));

        Run allowed = explore(new CounterSpace(5, true, -1), workers, ExploreOptions.defaults().withDeadlock(false));
        assertEquals(Status.OK, allowed.result().status());
        assertEquals(6, allowed.result().distinct());
        assertEquals(1 + 2 * 5, allowed.result().generated()); // 5 has no successor
        assertEquals(4, allowed.result().depth());
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2})
    void anInvariantViolation(int workers) {
        Run run = explore(new CounterSpace(10, false, 7), workers, ExploreOptions.defaults());
        assertEquals(Status.VIOLATION, run.result().status());
        assertEquals("NotBad", run.result().violations().get(0).name());
        assertEquals(List.of("Init", "Add1", "Add2", "Add2", "Add2"), names(run.trace()));
        assertEquals(IntV.of(7), run.trace().get(4).state().globals().get("x"));

        Run all = explore(new CounterSpace(10, false, 7), workers, ExploreOptions.defaults().withKeepGoing(true));
        assertEquals(10, all.result().distinct(), "under --continue the search goes on past the violation");
        assertEquals(1, all.result().violationCount());
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2})
    void coverageOfASpaceWrittenWithoutTheLanguage(int workers) {
        // every state of the counter modulo 10 has one successor by each step; 1 is first reached by Add1 (from 0),
        // every other new state by Add2 (from 0: 2; from 1: 3, since 2 is known; ...), and x takes 10 values
        Run run = explore(new CounterSpace(10, false, -1), workers, ExploreOptions.defaults().withCoverage(true));
        CoverageReport c = run.result().coverage();
        assertEquals(List.of("Add1", "Add2"), c.steps().stream().map(CoverageReport.Step::name).toList());
        assertEquals(List.of(10L, 10L), c.steps().stream().map(CoverageReport.Step::enabled).toList());
        assertEquals(List.of(10L, 10L), c.steps().stream().map(CoverageReport.Step::taken).toList());
        assertEquals(List.of(1L, 8L), c.steps().stream().map(CoverageReport.Step::produced).toList());
        assertEquals(List.of(new CoverageReport.Variable("x", 10)), c.variables());
    }
}
