package dev.ariadne.explore;

import dev.ariadne.result.OutsideFault;
import dev.ariadne.expand.ExploreOptions;
import dev.ariadne.result.CheckResult;
import dev.ariadne.result.Status;
import dev.ariadne.result.TraceStep;
import dev.ariadne.storage.MemoryStateStore;
import dev.ariadne.api.Ariadne;
import dev.ariadne.api.CheckRun;
import dev.ariadne.api.Invocation;
import dev.ariadne.api.Isolation;
import dev.ariadne.load.ModelLoader;
import dev.ariadne.api.RunSpec;
import dev.ariadne.lang.compile.Program;
import dev.ariadne.pool.DeathCause;
import dev.ariadne.pool.GoneProcesses;
import dev.ariadne.pool.ProcessWorkerPool;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ProcessIsolationTest {
    private static Program race(int n) throws Exception {
        Path model = Path.of(ProcessIsolationTest.class.getResource("/explore/reference/race_no_invariant.ari").toURI());
        return ModelLoader.load(model, Map.of("N", Integer.toString(n)));
    }

    @Test
    void killingAWorkerMidRunGivesTheSameResult() throws Exception {
        Program p = race(6);
        ExploreOptions o = ExploreOptions.defaults().withBatchSize(64);
        CheckResult expected = Ariadne.check(p).workers(2).options(o).run().result();
        MemoryStateStore store = new MemoryStateStore();
        List<Long> pids;
        CheckResult got;
        try (Invocation inv = new Invocation(2, Isolation.PROCESS)) {
            ProcessWorkerPool<?, ?> pool = (ProcessWorkerPool<?, ?>) inv.pool();
            pids = new java.util.ArrayList<>(pool.workerPids());
            CheckRun run = inv.start(RunSpec.of(p).tag("race").store(store).options(o).priority(0).build());
            while (store.size() < 20_000 && !run.isDone()) {
                Thread.sleep(5);
            }
            assertFalse(run.isDone(), "the run should still be going when the worker is killed");
            ProcessHandle.of(pids.get(0)).ifPresent(ProcessHandle::destroyForcibly);
            got = run.await();
            pids.addAll(pool.workerPids());
        }
        assertEquals(Status.OK, got.status());
        assertEquals(expected.distinct(), got.distinct());
        assertEquals(expected.generated(), got.generated());
        assertEquals(expected.depth(), got.depth());
        GoneProcesses.assertGone(pids);
    }

    @Test
    void aStepThatHangsIsReportedWhileAnotherRunOnThePoolFinishes() throws Exception {
        Program hanging = ModelLoader.load("hang.ari", """
                var x = 0

                action Inc:
                    await x < 3
                    x += 1

                action Spin:
                    await x == 2
                    while True:
                        pass
                """, Map.of());
        Program other = race(4);
        ExploreOptions o = ExploreOptions.defaults().withStepBudget(Long.MAX_VALUE);
        MemoryStateStore hangStore = new MemoryStateStore();
        List<Long> pids;
        CheckResult hangResult;
        CheckResult otherResult;
        try (Invocation inv = new Invocation(2, Isolation.PROCESS, new ProcessWorkerPool.Options(1, 2, 1000))) {
            CheckRun h = inv.start(RunSpec.of(hanging).tag("hang").store(hangStore).options(o).priority(0).build());
            CheckRun r = inv.start(RunSpec.of(other).tag("race").options(o).priority(1).build());
            otherResult = r.await();
            hangResult = h.await();
            pids = ((ProcessWorkerPool<?, ?>) inv.pool()).workerPids();
        }
        assertEquals(Status.OK, otherResult.status());
        assertEquals(755, otherResult.distinct());
        // A hang is the machine's fault, not the model's: the run stops resumably, naming the state.
        assertEquals(Status.INTERRUPTED, hangResult.status());
        OutsideFault fault = assertInstanceOf(OutsideFault.class, hangResult.failure());
        assertEquals(DeathCause.HUNG, fault.deathCause());
        assertTrue(fault.getMessage().startsWith("worker process hung 2 times expanding state "), fault.getMessage());
        List<TraceStep> trace = new TraceBuilder(hanging, hangStore).trace(fault.fingerprint());
        assertEquals(List.of("Init", "Inc", "Inc"), trace.stream().map(TraceStep::name).toList(),
                "the trace leads to the state whose expansion hangs");
        GoneProcesses.assertGone(pids);
    }

    /** Issue 19: what a model prints was shown in thread isolation and dropped in process isolation. */
    @Test
    void whatTheModelPrintsInWorkerProcessesIsShownInOrderAsInThreads() throws Exception {
        Program talk = ModelLoader.load("talk.ari", """
                var x = 0

                action Inc:
                    await x < 3
                    print("at", x)
                    print("then", x + 1)
                    x += 1
                """, Map.of());
        List<String> expected = List.of("at 0", "then 1", "at 1", "then 2", "at 2", "then 3");
        assertEquals(expected, printed(talk, Isolation.THREAD));
        assertEquals(expected, printed(talk, Isolation.PROCESS));
    }

    private static List<String> printed(Program p, Isolation isolation) throws Exception {
        List<String> lines = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
        try (Invocation inv = new Invocation(1, isolation)) {
            CheckResult r = inv.start(RunSpec.of(p).tag("talk").options(ExploreOptions.defaults().withDeadlock(false))
                    .printer(lines::add).build()).await();
            assertEquals(Status.OK, r.status(), () -> r.toString());
        }
        return List.copyOf(lines);
    }
}
