package dev.ariadne.api;

import dev.ariadne.pool.GoneProcesses;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Worker JVMs started while a session prepares (real JVMs): the session's pool adopts them,
 * and a session that never starts, or a model that does not compile, leaves none behind.
 */
class EarlyWorkersTest {
    private static final String MODEL = """
            var x = 0
            var y = 0

            action IncX:
                await x < 9
                x += 1

            action IncY:
                await y < 9
                y += 1
            """;

    @Test
    void theWorkersStartWhileTheSessionPreparesAndThePoolAdoptsThem() throws Exception {
        // two workers share one worker JVM by default; three in two JVMs run as two threads and one
        runsOnTheJvmsStartedEarly(Ariadne.check("counter.ari", MODEL).workers(2), 1);
        runsOnTheJvmsStartedEarly(Ariadne.check("counter.ari", MODEL).workers(3).workerJvms(2), 2);
    }

    private static void runsOnTheJvmsStartedEarly(CheckBuilder check, int jvms) throws Exception {
        Set<Long> before = WorkerJvms.live();
        Set<Long> early;
        List<CheckReport> reports;
        try (Session s = check.isolation(Isolation.PROCESS).prepare()) {
            early = WorkerJvms.startedSince(before);
            assertEquals(jvms, early.size(), "worker JVMs before the session starts");
            s.start();
            reports = s.await();
            assertEquals(early, WorkerJvms.startedSince(before), "the pool ran on the workers started early, and no others");
        }
        assertEquals(100, reports.get(0).distinctStates());
        assertEquals(19, reports.get(0).depth());
        GoneProcesses.assertGone(early);
    }

    @Test
    void aSessionClosedWithoutStartingStopsItsWorkers() throws Exception {
        Set<Long> before = WorkerJvms.live();
        Set<Long> early;
        try (Session s = Ariadne.check("counter.ari", MODEL).workers(2).workerJvms(2).isolation(Isolation.PROCESS)
                .prepare()) {
            early = WorkerJvms.startedSince(before);
            assertEquals(2, early.size());
        }
        GoneProcesses.assertGone(early);
    }

    @Test
    void aSessionDroppedWithoutClosingStopsItsWorkersOnceCollected() throws Exception {
        Set<Long> before = WorkerJvms.live();
        prepareAndDrop();
        Set<Long> early = WorkerJvms.startedSince(before);
        assertEquals(2, early.size());
        long deadline = System.nanoTime() + 20_000_000_000L;
        while (early.stream().anyMatch(pid -> GoneProcesses.alive(pid))) {
            if (System.nanoTime() > deadline) {
                fail("the workers of a session nobody holds are still alive: " + early);
            }
            System.gc();
            Thread.sleep(50);
        }
    }

    /** A session prepared in process isolation and forgotten: neither started nor closed. */
    @SuppressWarnings("resource")
    private static void prepareAndDrop() {
        Ariadne.check("counter.ari", MODEL).workers(2).workerJvms(2).isolation(Isolation.PROCESS).prepare();
    }

    @Test
    void aModelThatDoesNotCompileLeavesNoWorkerBehind() throws Exception {
        Set<Long> before = WorkerJvms.live();
        assertThrows(CheckException.class, () -> Ariadne.check("bad.ari", "var x = \n").workers(2)
                .isolation(Isolation.PROCESS).prepare());
        Set<Long> left = WorkerJvms.startedSince(before);
        assertTrue(left.isEmpty(), "worker JVMs left: " + left);
    }

    @Test
    void threadIsolationStartsNoWorkerJvm() {
        Set<Long> before = WorkerJvms.live();
        try (Session s = Ariadne.check("counter.ari", MODEL).workers(2).prepare()) {
            assertTrue(WorkerJvms.startedSince(before).isEmpty());
        }
    }
}
