package dev.ariadne.api;

import dev.ariadne.pool.GoneProcesses;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Worker JVMs a command starts before it reads its options (real JVMs): the session it then
 * prepares adopts them when they are as many as it needs, and none is left behind otherwise.
 */
class PrestartedWorkersTest {
    private static final String MODEL = """
            var x = 0

            action Inc:
                await x < 9
                x += 1
            """;

    @AfterEach
    void discard() {
        PrestartedWorkers.discard();
    }

    /** Starts {@code jvms} worker JVMs as the command line does, and returns them. */
    private static Set<Long> prestart(int jvms, Set<Long> before) {
        PrestartedWorkers.start(jvms);
        Set<Long> early = WorkerJvms.startedSince(before);
        assertEquals(jvms, early.size());
        return early;
    }

    @Test
    void theSessionRunsOnTheWorkersStartedBeforeIt() throws Exception {
        Set<Long> before = WorkerJvms.live();
        Set<Long> early = prestart(2, before);
        List<CheckReport> reports;
        try (Session s = Ariadne.check("inc.ari", MODEL).workers(2).workerJvms(2).isolation(Isolation.PROCESS)
                .prepare()) {
            assertEquals(early, WorkerJvms.startedSince(before), "prepare adopted them and started no others");
            s.start();
            reports = s.await();
            assertEquals(early, WorkerJvms.startedSince(before), "the pool ran on them");
        }
        assertEquals(10, reports.get(0).distinctStates());
        GoneProcesses.assertGone(early);
        PrestartedWorkers.discard(); // nothing left to discard: a session adopted them
    }

    @Test
    void aSessionNeedingAnotherNumberStartsItsOwnAndTheOthersAreKilled() throws Exception {
        Set<Long> before = WorkerJvms.live();
        Set<Long> early = prestart(2, before);
        try (Session s = Ariadne.check("inc.ari", MODEL).workers(2).isolation(Isolation.PROCESS).prepare()) {
            GoneProcesses.assertGone(early);
            Set<Long> own = WorkerJvms.startedSince(before);
            assertEquals(1, own.size(), "two workers share one JVM by default");
            assertFalse(own.stream().anyMatch(early::contains));
            s.start();
            assertEquals(10, s.await().get(0).distinctStates());
        }
    }

    @Test
    void workersNoSessionAdoptsAreKilledByDiscard() throws Exception {
        Set<Long> before = WorkerJvms.live();
        Set<Long> early = prestart(1, before);
        assertTrue(early.stream().allMatch(GoneProcesses::alive));
        PrestartedWorkers.discard();
        GoneProcesses.assertGone(early);
    }

    @Test
    void threadIsolationLeavesThemToDiscard() throws Exception {
        Set<Long> before = WorkerJvms.live();
        Set<Long> early = prestart(1, before);
        try (Session s = Ariadne.check("inc.ari", MODEL).workers(2).prepare()) {
            s.start();
            assertEquals(10, s.await().get(0).distinctStates());
        }
        assertTrue(early.stream().allMatch(GoneProcesses::alive), "a thread session does not take them");
        PrestartedWorkers.discard();
        GoneProcesses.assertGone(early);
    }
}
