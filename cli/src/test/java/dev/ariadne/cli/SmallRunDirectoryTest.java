package dev.ariadne.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static dev.ariadne.cli.Json.at;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The two kinds of run directory through the commands: a small model's run is one file,
 * {@code states.small}, that {@code trace} and {@code resume} read; a run that grows past
 * the small store's threshold, stopped and resumed, moves to Chronicle files and ends
 * with the counts of an uninterrupted run (296,448 states, depth 23, as TLC finds).
 */
class SmallRunDirectoryTest {
    @TempDir
    Path tmp;

    private static List<String> files(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    /** The fingerprints of the trace printed, in order. */
    private static List<String> traceFps(Cli.Result r) {
        List<String> fps = new ArrayList<>();
        Matcher m = Pattern.compile("(?m)^ +\\d+\\. .*\\[([0-9a-f]{16})\\]$").matcher(r.out() + r.err());
        while (m.find()) {
            fps.add(m.group(1));
        }
        return fps;
    }

    @Test
    void aSmallModelsRunIsOneFileThatTraceAndResumeRead() throws IOException {
        Cli.Result check = Cli.run(tmp, "check", Cli.DIE_HARD.toString(), "--store", "run");
        assertEquals(10, check.exit(), check::toString);
        assertEquals(List.of("states.small", "writer.lock"), files(tmp.resolve("run")), "no chronicle file");
        assertTrue(traceFps(check).size() >= 3, check::toString);

        Cli.Result trace = Cli.run(tmp, "trace", "run");
        assertEquals(0, trace.exit(), trace::toString);
        assertEquals(traceFps(check), traceFps(trace), "the trace rebuilt from the store");

        Cli.Result first = Cli.run(tmp, "check", Cli.DIE_HARD.toString(), "--store", "second", "--json", "-");
        Cli.Result again = Cli.run(tmp, "resume", "second", "--json", "-");
        assertEquals(10, again.exit(), again::toString);
        assertTrue(again.err().contains("had already finished (violation)"), again::toString);
        for (String key : List.of("status", "distinct_states", "generated_states", "depth")) {
            assertEquals(at(Json.parse(first.out()), "runs", 0, key), at(Json.parse(again.out()), "runs", 0, key), key);
        }
        assertEquals(List.of("states.small", "writer.lock"), files(tmp.resolve("second")), "still no chronicle file");
    }

    @Test
    void simulateStoresItsViolationInASmallFileWithTheResultsOfAChronicleStore() throws IOException {
        String peterson = Cli.example("peterson.ari");
        List<String> args = List.of("simulate", peterson, "--const", "BROKEN=True", "--seed", "1", "--behaviours", "200",
                "--workers", "1", "--json", "-", "--store");
        List<String> small = new ArrayList<>(args);
        small.add("small");
        Cli.Result bySmall = Cli.run(tmp, small);
        List<String> chronicle = new ArrayList<>(args);
        chronicle.add("chronicle");
        Cli.Result byChronicle = Cli.runChronicle(tmp, chronicle.toArray(String[]::new));
        assertEquals(10, bySmall.exit(), bySmall::toString);
        assertEquals(10, byChronicle.exit(), byChronicle::toString);
        assertEquals(List.of("states.small", "writer.lock"), files(tmp.resolve("small")), "no chronicle file");
        assertTrue(files(tmp.resolve("chronicle")).contains("store.format"), "a chronicle store");
        Object a = Json.parse(bySmall.out());
        Object b = Json.parse(byChronicle.out());
        for (String key : List.of("status", "behaviours", "states", "distinct_states_estimate", "longest_behaviour",
                "behaviour", "violation")) {
            assertEquals(at(b, key), at(a, key), key);
        }
        assertEquals("invariant 'MutualExclusion' is violated", at(a, "violation", "message"));

        Cli.Result traceSmall = Cli.run(tmp, "trace", "small");
        Cli.Result traceChronicle = Cli.run(tmp, "trace", "chronicle");
        assertEquals(0, traceSmall.exit(), traceSmall::toString);
        assertEquals(traceFps(traceChronicle), traceFps(traceSmall), "the trace read back from each store");
        assertEquals(Json.array(at(a, "violation", "trace")).size(), traceFps(traceSmall).size(), traceSmall::toString);
    }

    @Test
    void aDamagedSmallFileIsAnErrorNamingIt() throws IOException {
        assertEquals(10, Cli.run(tmp, "check", Cli.DIE_HARD.toString(), "--store", "run").exit());
        Path file = tmp.resolve("run").resolve("states.small");
        try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
            f.seek(f.length() / 2);
            int b = f.read();
            f.seek(f.length() / 2);
            f.write(b ^ 0x5A);
        }
        for (String command : List.of("resume", "trace")) {
            Cli.Result r = Cli.run(tmp, command, "run").assertCleanError();
            assertEquals(2, r.exit(), r::toString);
            assertTrue(r.err().contains(file + " is damaged: its checksum does not match"), r::toString);
        }
    }

    @Test
    void aSmallRunStoppedInThreadsResumesInWorkerProcessesToTheVerifiedCounts() throws IOException {
        Path dir = tmp.resolve("parts");
        // kept small: a fast machine could pass the threshold within the time limit
        Cli.Result r = Cli.runSmall(tmp, "check", Cli.example("two_phase_commit.ari"), "--const", "RM_COUNT=7",
                "--store", "parts", "--workers", "1", "--timeout", "300ms");
        assertEquals(3, r.exit(), "the first session must stop at its time limit: " + r);
        assertEquals(List.of("states.small", "writer.lock"), files(dir), "stopped small");
        // Worker JVMs read the frontier of a resumed run from the store's files: it moves to Chronicle before its
        // first batch.
        r = Cli.run(tmp, "resume", "parts", "--isolation", "process", "--workers", "2", "--json", "-");
        assertEquals(0, r.exit(), r::toString);
        assertFalse(r.err().contains("did not stop cleanly"), "a time limit leaves a clean store: " + r);
        Object run = at(Json.parse(r.out()), "runs", 0);
        assertEquals("process", at(run, "isolation"));
        assertEquals(296_448L, at(run, "distinct_states"));
        assertEquals(2_744_706L, at(run, "generated_states"));
        assertEquals(23L, at(run, "depth"));
        assertTrue(files(dir).contains("store.format"), "moved to chronicle: " + files(dir));
        assertFalse(files(dir).contains("states.small"), files(dir).toString());
        assertTrue(ProcessHandle.current().descendants().noneMatch(CliProcess::isWorker), "no worker process is left");
    }

    /** The report, graph and trace of a small run, read from its file, are those of a Chronicle run of the same model. */
    @Test
    void htmlReportGraphAndTraceOfASmallRunAreThoseOfAChronicleRun() throws IOException {
        Path dieHardNoInvariant = Cli.DIE_HARD.resolveSibling("die_hard_no_invariant.ari");
        for (Path model : List.of(Cli.DIE_HARD, dieHardNoInvariant)) {
            boolean violated = model.equals(Cli.DIE_HARD);
            List<String> outputs = new ArrayList<>();
            for (boolean small : List.of(true, false)) {
                // The same names in two directories, so that the outputs name the same files.
                Path cwd = Files.createDirectories(tmp.resolve(model.getFileName() + (small ? ".small" : ".chronicle")));
                String[] check = {"check", model.toString(), "--store", "run", "--html", "report.html", "--json", "-"};
                Cli.Result c = small ? Cli.run(cwd, check) : Cli.runChronicle(cwd, check);
                assertEquals(violated ? 10 : 0, c.exit(), c::toString);
                assertEquals(small, files(cwd.resolve("run")).contains("states.small"), files(cwd.resolve("run")).toString());
                if (!violated) {
                    assertEquals(16L, at(Json.parse(c.out()), "runs", 0, "distinct_states"), "die_hard_no_invariant.expected");
                }
                StringBuilder out = new StringBuilder(Files.readString(cwd.resolve("report.html"))
                        .replaceAll("\"elapsed_seconds\": [0-9.]+", "\"elapsed_seconds\": T"));
                for (String[] command : List.of(new String[] {"graph", "run"},
                        new String[] {"graph", "--format", "json", "--max-states", "10", "run"})) {
                    Cli.Result g = Cli.run(cwd, command);
                    assertEquals(0, g.exit(), g::toString);
                    out.append(g.out());
                }
                if (violated) {
                    Cli.Result t = Cli.run(cwd, "trace", "run", "--html", "trace.html");
                    assertEquals(0, t.exit(), t::toString);
                    out.append(t.out()).append(Files.readString(cwd.resolve("trace.html")));
                }
                outputs.add(out.toString());
            }
            assertEquals(outputs.get(1), outputs.get(0), model.getFileName().toString());
            String graphOf = violated ? "// 15 of 15 stored states" : "// 16 of 16 stored states, 96 transitions";
            assertTrue(outputs.get(0).contains(graphOf), outputs.get(0));
        }
    }

    @Test
    void aStoppedRunGrowsIntoChronicleFilesAndEndsWithTheUninterruptedCounts() throws IOException {
        Path dir = tmp.resolve("parts");
        // kept small: a fast machine could pass the threshold within the time limit
        Cli.Result r = Cli.runSmall(tmp, "check", Cli.example("two_phase_commit.ari"), "--const", "RM_COUNT=7",
                "--store", "parts", "--workers", "1", "--timeout", "300ms");
        assertEquals(3, r.exit(), "the first session must stop at its time limit: " + r);
        assertTrue(files(dir).contains("states.small"), "stopped small: " + files(dir));
        assertFalse(files(dir).contains("store.format"), files(dir).toString());
        int sessions = 1;
        while (r.exit() == 3) {
            assertTrue(sessions++ < 100, "the run makes no progress");
            r = Cli.run(tmp, "resume", "parts", "--timeout", "600ms", "--json", "-");
        }
        assertEquals(0, r.exit(), r::toString);
        Object run = at(Json.parse(r.out()), "runs", 0);
        assertEquals(296_448L, at(run, "distinct_states"));
        assertEquals(2_744_706L, at(run, "generated_states"));
        assertEquals(23L, at(run, "depth"));
        assertTrue(files(dir).contains("store.format"), "grown into chronicle: " + files(dir));
        assertFalse(files(dir).contains("states.small"), files(dir).toString());
    }
}
