package dev.ariadne.cli;

import dev.ariadne.store.StoreFiles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import static dev.ariadne.cli.Json.at;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code --isolation process} under Ctrl-C and {@code kill -9}: the command runs in a child
 * JVM, its worker JVMs ({@code expand.remote.WorkerMain}) are found among its descendants.
 * A stopped or killed coordinator leaves no worker behind; a killed worker is replaced and
 * the check still ends with the verified counts. Moments are random (seeded, printed;
 * {@code -Dariadne.seed=N} repeats them).
 */
class ProcessIsolationResilienceTest {
    static final long SEED = Long.getLong("ariadne.seed", System.nanoTime());

    /** examples/two_phase_commit.expected, RM_COUNT=6 (TLC 2.18): 50,816 distinct, 402,306 generated, depth 20. */
    static final long DISTINCT = 50_816;
    static final long GENERATED = 402_306;
    static final long DEPTH = 20;

    private static final long LIMIT_MILLIS = TimeUnit.MINUTES.toMillis(3);
    /** How long the workers of a killed coordinator may take to notice (EOF on their input) and exit. */
    private static final long ORPHAN_EXIT_MILLIS = 10_000;

    @TempDir
    Path tmp;

    private final List<CliProcess> started = new ArrayList<>();
    private Random random;
    private long startNanos;

    @BeforeEach
    void seed(TestInfo test) {
        // Each test draws its own moments, reproducibly from the one printed seed.
        random = new Random(SEED ^ test.getTestMethod().orElseThrow().getName().hashCode());
        startNanos = System.nanoTime();
        log("seed " + SEED + " (repeat with -Dariadne.seed=" + SEED + "): " + test.getDisplayName());
    }

    /** What happened when (for reading the report; nothing asserts on times). */
    private void log(String what) {
        System.out.printf("[%5.1f s] %s%n", (System.nanoTime() - startNanos) / 1e9, what);
    }

    @AfterEach
    void nothingIsLeftRunning() throws InterruptedException {
        CliProcess.closeAll(started);
    }

    @Test
    @Timeout(value = 6, unit = TimeUnit.MINUTES)
    void ctrlCStopsAProcessIsolatedCheckWithExitThreeLeavingNoWorkerAndItResumesToTheVerifiedCounts()
            throws Exception {
        long target = random.nextLong(DISTINCT * 3 / 4);
        // Ctrl-C, unless this build runs as a background job, where SIGINT is ignored: then SIGTERM, which stops
        // a run the same way (Signals).
        String signal = CliProcess.sigintIgnored() ? "TERM" : "INT";
        String run;
        for (int attempt = 1; ; attempt++) {
            run = "run-" + attempt;
            String dir = run;
            CliProcess check = start("check", List.of("check", Cli.example("two_phase_commit.ari"), "--const",
                    "RM_COUNT=6", "--store", dir, "--isolation", "process", "--workers", "2", "--checkpoint", "1",
                    "--progress", "0"));
            List<ProcessHandle> workers = awaitWorkers(check, 1);
            log("2 workers running in one worker JVM");
            long at = target;
            check.await(() -> StoreFiles.published(tmp.resolve(dir)) >= at, LIMIT_MILLIS);
            // The store shows progress at its flushes only: on a loaded machine the run may be over by then, and a
            // finished run cannot be stopped. Three runs that all end first mean the signal is not heard.
            if (StoreFiles.published(tmp.resolve(dir)) < DISTINCT) {
                check.signal(signal);
            }
            int exit = check.waitFor(LIMIT_MILLIS);
            log(String.format("SIG%s at %,d states -> exit %d", signal, target, exit));
            if (exit == 0 && attempt < 3) {
                log("the check ended before the signal reached it: again, with a smaller target");
                target /= 4;
                continue;
            }
            assertEquals(3, exit, check::toString);
            assertTrue(check.out().contains("Interrupted (SIG" + signal + ")."), check::toString);
            // The coordinator waits for its workers before it exits: none may be left at that point.
            assertEquals(List.of(), alive(workers), "worker JVMs alive after the check ended: " + check);
            assertEquals(List.of(), check.survivors(), "processes of the check alive after it ended");
            break;
        }

        CliProcess resume = start("resume", List.of("resume", run, "--isolation", "process", "--workers", "2",
                "--progress", "0", "--json", "resume.json"));
        List<ProcessHandle> resumeWorkers = awaitWorkers(resume, 1);
        assertEquals(0, resume.waitFor(LIMIT_MILLIS), resume::toString);
        assertFalse(resume.err().contains("did not stop cleanly"), "Ctrl-C leaves a clean store: " + resume);
        assertEquals(List.of(), alive(resumeWorkers), "worker JVMs alive after the resume ended");
        log("resumed to the end");
        assertVerifiedCounts(tmp.resolve("resume.json"), "process");
    }

    @Test
    @Timeout(value = 6, unit = TimeUnit.MINUTES)
    void workersOfACoordinatorKilledWithKill9ExitByThemselves() throws Exception {
        CliProcess check = start("check", List.of("check", Cli.example("two_phase_commit.ari"), "--const",
                "RM_COUNT=6", "--store", "run", "--isolation", "process", "--workers", "2", "--worker-jvms", "2",
                "--checkpoint", "1", "--progress", "0"));
        List<ProcessHandle> workers = awaitWorkers(check, 2);
        log("2 workers running, a JVM each");
        long target = random.nextLong(DISTINCT * 3 / 4);
        check.await(() -> StoreFiles.published(tmp.resolve("run")) >= target, LIMIT_MILLIS);
        workers = check.workers(); // replacements, if any, included
        assertTrue(check.kill9(), "the check ended before it could be killed: " + check);
        assertEquals(137, check.waitFor(LIMIT_MILLIS), check::toString);
        log(String.format("kill -9 of the coordinator at %,d states, its workers %s", target,
                workers.stream().map(ProcessHandle::pid).toList()));
        // Orphaned, they read EOF on their input and exit; the test only bounds how long that may take.
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(ORPHAN_EXIT_MILLIS);
        while (!alive(workers).isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertEquals(List.of(), alive(workers), "workers still alive " + ORPHAN_EXIT_MILLIS
                + " ms after their coordinator was killed");
        log("its workers have exited");
        // Resuming after a crash is RandomInterruptTest's subject, resuming in process isolation the first test's.
    }

    @Test
    @Timeout(value = 6, unit = TimeUnit.MINUTES)
    void workerKilledMidRunIsReplacedAndTheCheckEndsWithTheVerifiedCounts() throws Exception {
        CliProcess check = start("check", List.of("check", Cli.example("two_phase_commit.ari"), "--const",
                "RM_COUNT=6", "--store", "run", "--isolation", "process", "--workers", "2", "--checkpoint", "1",
                "--progress", "0", "--json", "check.json"));
        // the two workers share one JVM (the default): its death takes both workers' batches
        List<ProcessHandle> original = awaitWorkers(check, 1);
        log("2 workers running in worker JVM " + original.get(0).pid());
        long target = DISTINCT / 10 + random.nextLong(DISTINCT / 2);
        check.await(() -> StoreFiles.published(tmp.resolve("run")) >= target, LIMIT_MILLIS);
        ProcessHandle victim = original.get(random.nextInt(original.size()));
        assertTrue(victim.destroyForcibly(), "kill -9 of worker " + victim.pid());
        log(String.format("kill -9 of worker %d at %,d states", victim.pid(), target));
        // A new worker takes its place (unless the check finished first).
        boolean replaced = check.await(() -> check.workers().stream()
                .anyMatch(w -> !original.contains(w)), LIMIT_MILLIS);
        assertEquals(0, check.waitFor(LIMIT_MILLIS), check::toString);
        log(replaced ? "a new worker took its place; the check finished" : "the check finished");
        assertFalse(victim.isAlive());
        assertEquals(List.of(), check.survivors(), "processes of the check alive after it ended");
        assertVerifiedCounts(tmp.resolve("check.json"), "process");
    }

    private CliProcess start(String name, List<String> args) throws Exception {
        CliProcess p = CliProcess.start(tmp, name, args);
        started.add(p);
        return p;
    }

    /** Waits until the command runs {@code n} worker JVMs and returns them. */
    private static List<ProcessHandle> awaitWorkers(CliProcess p, int n) throws InterruptedException {
        assertTrue(p.await(() -> p.workers().size() >= n, LIMIT_MILLIS), "no worker JVMs: " + p);
        List<ProcessHandle> workers = p.workers();
        assertEquals(n, workers.size(), "worker JVMs: " + workers);
        return workers;
    }

    private static List<Long> alive(List<ProcessHandle> handles) {
        return handles.stream().filter(ProcessHandle::isAlive).map(ProcessHandle::pid).toList();
    }

    static void assertVerifiedCounts(Path json, String isolation) throws Exception {
        Object report = Json.parse(Files.readString(json));
        Object run = at(report, "runs", 0);
        assertEquals("ok", at(report, "status"), report::toString);
        assertEquals(DISTINCT, at(run, "distinct_states"), report::toString);
        assertEquals(GENERATED, at(run, "generated_states"), report::toString);
        assertEquals(DEPTH, at(run, "depth"), report::toString);
        assertEquals(0L, at(run, "queue_left"), report::toString);
        assertEquals(isolation, at(run, "isolation"), report::toString);
    }
}
