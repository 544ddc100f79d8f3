package dev.ariadne.cli;

import dev.ariadne.store.StoreFiles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static dev.ariadne.cli.Json.at;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Faults of the machine are never verdicts: a state whose expansion runs out of memory
 * (in a worker JVM three times, or in a worker thread) stops the run resumably, with the
 * same words in both isolations, and a resume with more memory finishes it; a worker JVM
 * stopped with {@code kill -STOP} is found silent, killed and replaced, and the check ends
 * with the verified counts; worker JVMs whose flags keep them from starting stop the run at once. The command runs in a child JVM ({@link CliProcess}).
 */
class MachineFaultTest {
    /** One step allocates about 100 MB (within its step budget): too much for a 64 MB heap, easy for 512 MB. */
    private static final String GREEDY = """
            const N = 400000
            var x = 0

            process P:
                label A
                x = 1
                label B
                x = len([(i, [i], [i], [i]) for i in range(N)])
            """;
    private static final Pattern OUT_OF_MEMORY = Pattern.compile(
            "ariadne: out of memory expanding state ([0-9a-f]{16})(; its worker process died 3 times)?: "
                    + "resume with more memory: ARIADNE_JAVA_OPTS=-Xmx\\w+ ariadne resume run");
    private static final long LIMIT_MILLIS = TimeUnit.MINUTES.toMillis(3);

    @TempDir
    Path tmp;

    private final List<CliProcess> started = new ArrayList<>();

    @AfterEach
    void nothingIsLeftRunning() throws InterruptedException {
        CliProcess.closeAll(started);
    }

    @Test
    @Timeout(value = 5, unit = TimeUnit.MINUTES)
    void workerJvmsOutOfMemoryStopTheRunResumablyAndAResumeWithMoreMemoryFinishesIt() throws Exception {
        outOfMemoryStopsResumably("process");
    }

    @Test
    @Timeout(value = 5, unit = TimeUnit.MINUTES)
    void aWorkerThreadOutOfMemoryStopsTheRunWithTheSameWords() throws Exception {
        outOfMemoryStopsResumably("thread");
    }

    private void outOfMemoryStopsResumably(String isolation) throws Exception {
        Files.writeString(tmp.resolve("greedy.ari"), GREEDY);
        CliProcess check = start("check", List.of("-Xmx64m"), List.of("check", "greedy.ari", "--store", "run",
                "--isolation", isolation, "--workers", "1", "--progress", "0", "--json", "check.json"));
        assertEquals(3, check.waitFor(LIMIT_MILLIS), check::toString);
        Matcher m = OUT_OF_MEMORY.matcher(check.err());
        assertTrue(m.find(), "the fault and what to do: " + check);
        assertEquals(isolation.equals("process"), m.group(2) != null, check::toString);
        assertTrue(check.out().contains("Interrupted (out of memory expanding state " + m.group(1)), check::toString);
        assertFalse(check.out().contains("Runtime error"), "a fault is not the model's error: " + check);
        assertEquals("interrupted", at(Json.parse(Files.readString(tmp.resolve("check.json"))), "status"));

        CliProcess resume = start("resume", List.of("-Xmx512m"), List.of("resume", "run", "--isolation", isolation,
                "--workers", "1", "--progress", "0", "--json", "resume.json"));
        assertEquals(0, resume.waitFor(LIMIT_MILLIS), resume::toString);
        assertFalse(resume.out().contains("had already finished"), resume::toString);
        Object report = Json.parse(Files.readString(tmp.resolve("resume.json")));
        assertEquals("ok", at(report, "status"), report::toString);
        assertEquals(3L, at(report, "runs", 0, "distinct_states"), report::toString);
    }

    @Test
    @Timeout(value = 6, unit = TimeUnit.MINUTES)
    void aWorkerJvmStoppedWithSigstopIsKilledAndReplacedAndTheCheckEndsWithTheVerifiedCounts() throws Exception {
        CliProcess check = start("check", List.of("-Dariadne.worker.silenceMillis=4000"), List.of("check",
                Cli.example("two_phase_commit.ari"), "--const", "RM_COUNT=6", "--store", "run", "--isolation",
                "process", "--workers", "2", "--checkpoint", "1", "--progress", "0", "--json", "check.json"));
        assertTrue(check.await(() -> check.workers().size() >= 1, LIMIT_MILLIS), "no worker JVM: " + check);
        List<ProcessHandle> original = check.workers();
        check.await(() -> StoreFiles.published(tmp.resolve("run")) >= ProcessIsolationResilienceTest.DISTINCT / 10,
                LIMIT_MILLIS);
        ProcessHandle victim = original.get(0);
        signal("STOP", victim.pid());
        try {
            boolean replaced = check.await(() -> check.workers().stream().anyMatch(w -> !original.contains(w))
                    && !victim.isAlive(), LIMIT_MILLIS);
            assertEquals(0, check.waitFor(LIMIT_MILLIS), check::toString);
            assertTrue(replaced || !victim.isAlive(), "the stopped worker was killed: " + check);
            assertTrue(check.err().contains("ariadne: worker process " + victim.pid() + " is hung: it sent nothing for"),
                    "the hang is reported: " + check);
        } finally {
            victim.destroyForcibly(); // a stopped process dies of SIGKILL too
            victim.onExit().get(30, TimeUnit.SECONDS);
        }
        ProcessIsolationResilienceTest.assertVerifiedCounts(tmp.resolve("check.json"), "process");
    }

    @Test
    @Timeout(value = 5, unit = TimeUnit.MINUTES)
    void workerJvmsThatCannotStartStopTheRunAtOnceResumablyAndAResumeWithGoodFlagsFinishesIt() throws Exception {
        CliProcess check = start("check", Map.of("ARIADNE_WORKER_JAVA_OPTS", "-XX:+UseNoSuchOption"), List.of(),
                List.of("check", Cli.example("two_phase_commit.ari"), "--const", "RM_COUNT=3", "--store", "run",
                        "--isolation", "process", "--workers", "2", "--progress", "0", "--json", "check.json"));
        assertEquals(3, check.waitFor(LIMIT_MILLIS), check::toString);
        assertTrue(check.err().contains("ariadne: worker processes cannot start: their JVM exits before it is ready ("),
                check::toString);
        assertTrue(check.err().contains("Unrecognized VM option 'UseNoSuchOption'"), "what the JVM said: " + check);
        assertTrue(check.err().contains("then of ARIADNE_WORKER_JAVA_OPTS: the run is stopped and resumable; correct the"
                + " flags, then: ariadne resume run"), "where the flags come from, and what to do: " + check);
        assertFalse(check.err().contains(" died ("), "no JVM was started again with the same flags: " + check);
        assertEquals("interrupted", at(Json.parse(Files.readString(tmp.resolve("check.json"))), "status"));

        CliProcess resume = start("resume", List.of(), List.of("resume", "run", "--isolation", "process",
                "--workers", "2", "--progress", "0", "--json", "resume.json"));
        assertEquals(0, resume.waitFor(LIMIT_MILLIS), resume::toString);
        Object report = Json.parse(Files.readString(tmp.resolve("resume.json")));
        assertEquals(288L, at(report, "runs", 0, "distinct_states"), report::toString); // TLC: TwoPhase_3.cfg
    }

    private CliProcess start(String name, List<String> jvm, List<String> args) throws IOException {
        return start(name, Map.of(), jvm, args);
    }

    private CliProcess start(String name, Map<String, String> env, List<String> jvm, List<String> args)
            throws IOException {
        CliProcess p = CliProcess.start(tmp, name, env, jvm, args);
        started.add(p);
        return p;
    }

    private static void signal(String signal, long pid) throws IOException, InterruptedException {
        Process kill = new ProcessBuilder("kill", "-" + signal, Long.toString(pid)).redirectErrorStream(true).start();
        kill.getInputStream().readAllBytes();
        assertEquals(0, kill.waitFor(), "kill -" + signal + " " + pid);
    }
}
