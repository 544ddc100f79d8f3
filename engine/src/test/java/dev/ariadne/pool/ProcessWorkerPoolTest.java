package dev.ariadne.pool;

import org.junit.jupiter.api.Test;

import org.junit.jupiter.api.io.TempDir;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ProcessWorkerPoolTest {
    /** Tasks and results as strings: the scripted worker's commands and answers. */
    static final TaskCodec<Object, Object> STRINGS = new TaskCodec<>() {
        @Override
        public byte[] encodeTask(Task<Object> task) {
            return ((String) task.payload).getBytes(StandardCharsets.UTF_8);
        }

        @Override
        public Object decodeResult(Task<Object> task, byte[] result) {
            return new String(result, StandardCharsets.UTF_8);
        }
    };

    private static ProcessWorkerPool<Object, Object> pool(int n, Recorder rec, long timeoutMillis) {
        return pool(n, rec, timeoutMillis, List.of("-Xmx64m"));
    }

    private static ProcessWorkerPool<Object, Object> pool(int n, Recorder rec, long timeoutMillis, List<String> jvmFlags) {
        return new ProcessWorkerPool<>(n, new WorkerLauncher(ScriptedWorkerMain.class.getName(), jvmFlags),
                STRINGS, rec, new ProcessWorkerPool.Options(2, 3, timeoutMillis));
    }

    /** Waits until both workers of the pool have answered a task: their JVMs are up. */
    private static void ready(ProcessWorkerPool<Object, Object> pool, Recorder rec) throws InterruptedException {
        rec.expect(2);
        pool.submit(new Task<>("warm-up", 0, "sleep:1"));
        pool.submit(new Task<>("warm-up", 0, "sleep:1"));
        assertTrue(rec.await(120), "the workers started");
    }

    @Test
    void runsTasksInWorkerProcessesNeverMoreAtOnceThanWorkers() throws Exception {
        Recorder rec = new Recorder();
        rec.expect(12);
        List<Long> pids;
        try (ProcessWorkerPool<Object, Object> pool = pool(2, rec, 0)) {
            pids = pool.workerPids();
            for (int i = 0; i < 12; i++) {
                pool.submit(new Task<>("t", 0, "sleep:30"));
            }
            assertTrue(rec.await(60));
        }
        Map<String, List<long[]>> byPid = new HashMap<>();
        for (Recorder.Outcome o : rec.outcomes) {
            String[] f = ((String) o.result()).split(" ");
            byPid.computeIfAbsent(f[0], k -> new ArrayList<>()).add(new long[] {Long.parseLong(f[1]), Long.parseLong(f[2])});
        }
        assertTrue(byPid.size() <= 2, "two workers ran everything: " + byPid.keySet());
        for (List<long[]> spans : byPid.values()) {
            spans.sort((x, y) -> Long.compare(x[0], y[0]));
            for (int i = 1; i < spans.size(); i++) {
                assertTrue(spans.get(i)[0] >= spans.get(i - 1)[1], "a worker runs one task at a time");
            }
        }
        GoneProcesses.assertGone(pids);
    }

    @Test
    void workersWhoseJvmLogsToStandardOutputStillRunTasks() throws Exception {
        Recorder rec = new Recorder();
        rec.expect(4);
        List<Long> pids;
        try (ProcessWorkerPool<Object, Object> pool = pool(2, rec, 0, List.of("-Xmx64m", "-verbose:gc", "-Xlog:safepoint",
                "-XX:+PrintCompilation"))) {
            pids = pool.workerPids();
            for (int i = 0; i < 4; i++) {
                pool.submit(new Task<>("t", 0, "sleep:10"));
            }
            assertTrue(rec.await(60));
        }
        assertEquals(4, rec.outcomes.size());
        for (Recorder.Outcome o : rec.outcomes) {
            assertTrue(o.result() instanceof String s && s.split(" ").length == 3, "a task's own result: " + o);
        }
        GoneProcesses.assertGone(pids);
    }

    @Test
    void aWorkerAskedForAFlightRecordingRunsAndWritesItAtExit(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("w.jfr");
        Recorder rec = new Recorder();
        rec.expect(3);
        List<Long> pids;
        try (ProcessWorkerPool<Object, Object> pool = pool(1, rec, 0,
                List.of("-Xmx64m", "-XX:StartFlightRecording=filename=" + file + ",settings=default"))) {
            pids = pool.workerPids();
            for (int i = 0; i < 3; i++) {
                pool.submit(new Task<>("t", 0, "sleep:10"));
            }
            assertTrue(rec.await(120));
        }
        assertEquals(3, rec.outcomes.stream().filter(o -> o.result() != null).count(), "no worker died: " + rec.outcomes);
        GoneProcesses.assertGone(pids);
        assertTrue(Files.size(file) > 0, "the recording was written at exit");
    }

    @Test
    void workerJvmsThatCannotStartFailEveryTaskAtOnceWithWhatTheJvmSaid() throws Exception {
        Recorder rec = new Recorder();
        rec.expect(1);
        try (ProcessWorkerPool<Object, Object> pool = pool(2, rec, 0, List.of("-XX:+UseSerialGC", "-XX:+UseParallelGC"))) {
            Task<Object> task = new Task<>("t", 0, "sleep:1");
            pool.submit(task);
            assertTrue(rec.await(120));
            WorkerDied died = assertInstanceOf(WorkerDied.class, rec.of(task).error());
            assertEquals(DeathCause.CANNOT_START, died.deathCause());
            assertEquals(0, died.attempts(), "no worker began it");
            assertTrue(died.deaths() <= 1, "no JVM was started again with the same flags: " + died.deaths());
            assertTrue(died.lastReason().contains("collector"), died.lastReason());
            // A pool that gave up fails what comes next at once, and starts nothing for it.
            rec.expect(1);
            Task<Object> later = new Task<>("t", 0, "sleep:1");
            pool.submit(later);
            assertTrue(rec.await(5));
            assertEquals(DeathCause.CANNOT_START, assertInstanceOf(WorkerDied.class, rec.of(later).error()).deathCause());
            long until = System.nanoTime() + 10_000_000_000L;
            while (!pool.workerPids().isEmpty() && System.nanoTime() < until) {
                Thread.sleep(20); // a JVM started with the first may still be on its way out
            }
            assertEquals(List.of(), pool.workerPids(), "no JVM started again");
        }
    }

    @Test
    void aWorkerThatDiesIsReplacedAndItsTaskFailsAfterBoundedRetries() throws Exception {
        Recorder rec = new Recorder();
        rec.expect(5);
        List<Long> before;
        List<Long> after;
        try (ProcessWorkerPool<Object, Object> pool = pool(2, rec, 0)) {
            before = pool.workerPids();
            Task<Object> crash = new Task<>("bad", 0, "crash");
            pool.submit(crash);
            for (int i = 0; i < 4; i++) {
                pool.submit(new Task<>("good", 0, "sleep:10"));
            }
            assertTrue(rec.await(60));
            Recorder.Outcome o = rec.of(crash);
            assertInstanceOf(WorkerDied.class, o.error());
            assertEquals(3, crash.attempts(), "tried the bounded number of times");
            assertTrue(o.error().getMessage().contains("status 7"), o.error().getMessage());
            assertEquals(4, rec.outcomes.stream().filter(x -> x.result() != null).count());
            after = pool.workerPids();
            assertEquals(2, after.size(), "dead workers are replaced");
        }
        GoneProcesses.assertGone(before);
        GoneProcesses.assertGone(after);
    }

    /** Found by examples/worker_pool.ari: attempts were charged when a task was sent, not when it ran. */
    @Test
    void aTaskQueuedBehindOneThatKillsTheWorkerIsNotChargedForItsDeaths() throws Exception {
        Recorder rec = new Recorder();
        rec.expect(2);
        try (ProcessWorkerPool<Object, Object> pool = pool(1, rec, 0)) {
            Task<Object> crash = new Task<>("t", 0, "crash");
            Task<Object> innocent = new Task<>("t", 0, "sleep:1");
            pool.submit(crash);
            pool.submit(innocent); // sent along with the crash to the same worker (capacity 2)
            assertTrue(rec.await(60));
            assertInstanceOf(WorkerDied.class, rec.of(crash).error());
            assertEquals(3, crash.attempts());
            assertNotNull(rec.of(innocent).result(), "the innocent task ran: " + rec.of(innocent));
            assertEquals(1, innocent.attempts());
        }
    }

    @Test
    void killingAWorkerMidTaskRetriesTheTaskElsewhere() throws Exception {
        Recorder rec = new Recorder();
        rec.expect(1);
        try (ProcessWorkerPool<Object, Object> pool = pool(2, rec, 0)) {
            Task<Object> t = new Task<>("t", 0, "sleep:1500");
            pool.submit(t);
            Thread.sleep(500);
            for (long pid : pool.workerPids()) {
                ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly);
                break;
            }
            assertTrue(rec.await(60));
            assertNotNull(rec.of(t).result(), "the task completed: " + rec.of(t));
        }
    }

    @Test
    void aTaskOverItsTimeLimitIsKilledWhileOtherTagsGoOn() throws Exception {
        Recorder rec = new Recorder();
        // a limit well above the other tasks' 20 ms even on a loaded machine: only the hang overruns it
        try (ProcessWorkerPool<Object, Object> pool = pool(2, rec, 3000)) {
            ready(pool, rec);
            rec.expect(7);
            Task<Object> hang = new Task<>("stuck", 0, "hang");
            pool.submit(hang);
            List<Task<Object>> others = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                others.add(new Task<>("other", 0, "sleep:20"));
                pool.submit(others.get(i));
            }
            assertTrue(rec.await(60));
            assertInstanceOf(WorkerDied.class, rec.of(hang).error());
            for (Task<Object> t : others) {
                assertNotNull(rec.of(t).result(), "other tag's task completed");
            }
        }
    }

    @Test
    void interruptCancelsOneTagInTheWorkers() throws Exception {
        Recorder rec = new Recorder();
        try (ProcessWorkerPool<Object, Object> pool = pool(2, rec, 0)) {
            ready(pool, rec); // the time measured below is the interrupt's, not the worker JVMs' start-up
            rec.expect(4);
            Task<Object> a1 = new Task<>("a", 0, "sleep:5000");
            Task<Object> a2 = new Task<>("a", 0, "sleep:5000");
            Task<Object> b1 = new Task<>("b", 0, "sleep:50");
            Task<Object> b2 = new Task<>("b", 0, "sleep:50");
            pool.submit(a1);
            pool.submit(a2);
            pool.submit(b1);
            pool.submit(b2);
            Thread.sleep(300);
            long t0 = System.currentTimeMillis();
            pool.interrupt("a");
            assertTrue(rec.await(30));
            assertTrue(System.currentTimeMillis() - t0 < 4000, "running tasks of 'a' stopped early");
            assertTrue(rec.of(a1).cancelled() && rec.of(a2).cancelled());
            assertNotNull(rec.of(b1).result());
            assertNotNull(rec.of(b2).result());
        }
    }

    @Test
    void aFailingTaskFailsWithoutKillingItsWorker() throws Exception {
        Recorder rec = new Recorder();
        rec.expect(2);
        try (ProcessWorkerPool<Object, Object> pool = pool(1, rec, 0)) {
            List<Long> pids = pool.workerPids();
            Task<Object> f = new Task<>("t", 0, "fail");
            pool.submit(f);
            pool.submit(new Task<>("t", 0, "sleep:1"));
            assertTrue(rec.await(30));
            assertTrue(rec.of(f).error().getMessage().contains("scripted failure"));
            assertEquals(pids, pool.workerPids());
        }
    }
}
