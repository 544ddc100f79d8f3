package dev.ariadne.api;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

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

    /** This JVM's live worker JVMs (other tests of this JVM may have theirs: compared by difference). */
    private static Set<Long> workers() {
        return ProcessHandle.current().children().filter(ProcessHandle::isAlive)
                .filter(p -> p.info().commandLine().orElse("").contains("WorkerMain"))
                .map(ProcessHandle::pid).collect(Collectors.toSet());
    }

    private static Set<Long> startedSince(Set<Long> before) {
        Set<Long> now = workers();
        now.removeAll(before);
        return now;
    }

    private static boolean alive(long pid) {
        return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    }

    private static void assertGone(Set<Long> pids) throws InterruptedException {
        long deadline = System.nanoTime() + 10_000_000_000L;
        for (long pid : pids) {
            while (alive(pid)) {
                if (System.nanoTime() > deadline) {
                    fail("worker JVM " + pid + " is still alive");
                }
                Thread.sleep(20);
            }
        }
    }

    @Test
    void theSessionRunsOnTheWorkersStartedBeforeIt() throws Exception {
        Set<Long> before = workers();
        PrestartedWorkers.start(2);
        Set<Long> early = startedSince(before);
        assertEquals(2, early.size());
        List<CheckReport> reports;
        try (Session s = Ariadne.check("inc.ari", MODEL).workers(2).workerJvms(2).isolation(Isolation.PROCESS)
                .prepare()) {
            assertEquals(early, startedSince(before), "prepare adopted them and started no others");
            s.start();
            reports = s.await();
            assertEquals(early, startedSince(before), "the pool ran on them");
        }
        assertEquals(10, reports.get(0).distinctStates());
        assertGone(early);
        PrestartedWorkers.discard(); // nothing left to discard: a session adopted them
    }

    @Test
    void aSessionNeedingAnotherNumberStartsItsOwnAndTheOthersAreKilled() throws Exception {
        Set<Long> before = workers();
        PrestartedWorkers.start(2);
        Set<Long> early = startedSince(before);
        try (Session s = Ariadne.check("inc.ari", MODEL).workers(2).isolation(Isolation.PROCESS).prepare()) {
            assertGone(early);
            Set<Long> own = startedSince(before);
            assertEquals(1, own.size(), "two workers share one JVM by default");
            assertFalse(own.stream().anyMatch(early::contains));
            s.start();
            assertEquals(10, s.await().get(0).distinctStates());
        }
    }

    @Test
    void workersNoSessionAdoptsAreKilledByDiscard() throws Exception {
        Set<Long> before = workers();
        PrestartedWorkers.start(1);
        Set<Long> early = startedSince(before);
        assertEquals(1, early.size());
        assertTrue(early.stream().allMatch(PrestartedWorkersTest::alive));
        PrestartedWorkers.discard();
        assertGone(early);
    }

    @Test
    void threadIsolationLeavesThemToDiscard() throws Exception {
        Set<Long> before = workers();
        PrestartedWorkers.start(1);
        Set<Long> early = startedSince(before);
        try (Session s = Ariadne.check("inc.ari", MODEL).workers(2).prepare()) {
            s.start();
            assertEquals(10, s.await().get(0).distinctStates());
        }
        assertTrue(early.stream().allMatch(PrestartedWorkersTest::alive), "a thread session does not take them");
        PrestartedWorkers.discard();
        assertGone(early);
    }
}
