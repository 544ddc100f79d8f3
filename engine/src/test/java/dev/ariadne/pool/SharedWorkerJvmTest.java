package dev.ariadne.pool;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Worker JVMs that run several tasks at once: the tasks share the JVM, and when it dies only
 * the task that broke it is charged, found by running each suspect alone when it is not named.
 */
class SharedWorkerJvmTest {
    /** Two tasks at once in one worker JVM, each at most once at a time per thread (capacity 1). */
    private static ProcessWorkerPool<Object, Object> pool(Recorder rec, long timeoutMillis) {
        return new ProcessWorkerPool<>(2, 1, new WorkerLauncher(ScriptedWorkerMain.class.getName(), List.of("-Xmx64m")),
                ProcessWorkerPoolTest.STRINGS, rec, new ProcessWorkerPool.Options(1, 3, timeoutMillis));
    }

    /** Waits until the worker JVM has answered a task: it is up. */
    private static void ready(ProcessWorkerPool<Object, Object> pool, Recorder rec) throws InterruptedException {
        rec.expect(1);
        pool.submit(new Task<>("warm-up", 0, "sleep:1"));
        assertTrue(rec.await(120), "the worker started");
    }

    @Test
    void oneJvmRunsTwoTasksAtOnceAndNeverMore() throws Exception {
        Recorder rec = new Recorder();
        List<long[]> spans = new ArrayList<>();
        try (ProcessWorkerPool<Object, Object> pool = pool(rec, 0)) {
            assertEquals(1, pool.workerPids().size());
            ready(pool, rec);
            rec.expect(6);
            for (int i = 0; i < 6; i++) {
                pool.submit(new Task<>("t", 0, "sleep:300"));
            }
            assertTrue(rec.await(60));
            String pid = Long.toString(pool.workerPids().get(0));
            for (Recorder.Outcome o : rec.outcomes.subList(1, rec.outcomes.size())) {
                String[] f = ((String) o.result()).split(" ");
                assertEquals(pid, f[0], "the one worker JVM ran every task");
                spans.add(new long[] {Long.parseLong(f[1]), Long.parseLong(f[2])});
            }
        }
        int most = 0;
        for (long[] s : spans) {
            int atOnce = (int) spans.stream().filter(o -> o[0] <= s[0] && s[0] < o[1]).count();
            most = Math.max(most, atOnce);
        }
        assertEquals(2, most, "two tasks ran at once, never three: " + spans.size() + " spans");
    }

    /** Runs {@code command} in the worker JVM while a neighbour task runs beside it; returns the neighbour. */
    private static Task<Object> besideANeighbour(Task<Object> culprit, Recorder rec) throws Exception {
        Task<Object> neighbour = new Task<>("t", 0, "sleep:1500");
        try (ProcessWorkerPool<Object, Object> pool = pool(rec, 0)) {
            ready(pool, rec);
            rec.expect(2);
            pool.submit(neighbour);
            Thread.sleep(300); // the neighbour runs when the culprit breaks the JVM
            pool.submit(culprit);
            assertTrue(rec.await(120));
        }
        assertNotNull(rec.of(neighbour).result(), "the neighbour ran again and finished: " + rec.of(neighbour));
        assertEquals(1, neighbour.attempts(), "the neighbour is not charged for the culprit's deaths");
        return neighbour;
    }

    @Test
    void aCrashBesideAnotherTaskIsChargedToTheCrashingTaskAlone() throws Exception {
        Recorder rec = new Recorder();
        Task<Object> crash = new Task<>("t", 1, "crash");
        Task<Object> neighbour = besideANeighbour(crash, rec);
        assertTrue(neighbour.alone, "the JVM did not say which task broke it: both ran alone after");
        WorkerDied died = assertInstanceOf(WorkerDied.class, rec.of(crash).error());
        // unnamed, the crash ran alone after its first death and was charged for each death from then on
        assertEquals(3, crash.attempts());
        assertTrue(died.getMessage().contains("status 7"), died.getMessage());
    }

    @Test
    void aTaskThatRunsOutOfMemoryIsNamedByItsJvm() throws Exception {
        Recorder rec = new Recorder();
        Task<Object> oom = new Task<>("t", 1, "oom");
        Task<Object> neighbour = besideANeighbour(oom, rec);
        assertFalse(neighbour.alone, "the JVM named the task that broke it: its neighbour need not run alone");
        assertEquals(1, neighbour.deaths, "the culprit ran alone after the first death");
        WorkerDied died = assertInstanceOf(WorkerDied.class, rec.of(oom).error());
        assertEquals(DeathCause.OUT_OF_MEMORY, died.deathCause());
        assertEquals(3, oom.attempts());
    }

    @Test
    void aTaskOverItsTimeLimitIsChargedAloneForTheKill() throws Exception {
        Recorder rec = new Recorder();
        try (ProcessWorkerPool<Object, Object> pool = pool(rec, 2000)) {
            ready(pool, rec);
            rec.expect(2);
            Task<Object> hang = new Task<>("stuck", 0, "hang");
            Task<Object> neighbour = new Task<>("other", 1, "sleep:1000");
            pool.submit(hang);
            pool.submit(neighbour);
            assertTrue(rec.await(120));
            WorkerDied died = assertInstanceOf(WorkerDied.class, rec.of(hang).error());
            assertEquals(DeathCause.HUNG, died.deathCause());
            assertEquals(3, hang.attempts());
            assertNotNull(rec.of(neighbour).result(), "the neighbour finished: " + rec.of(neighbour));
            assertEquals(1, neighbour.attempts());
            assertFalse(neighbour.alone, "the watchdog named the task it killed the JVM for");
        }
    }
}
