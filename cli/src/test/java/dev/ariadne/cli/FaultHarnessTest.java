package dev.ariadne.cli;

import dev.ariadne.io.WriteFaults;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The fault-injection harness of issue 19, after SQLite's anomaly and crash tests: for a few
 * runs (a clean one, one with temporal properties and so a {@code liveness.graph}, one that
 * stops on a violation) it counts the writes of the uninterrupted {@code check}, then for N
 * across the whole run (every write of these small runs, or a spread sample) makes the N-th
 * write fail with each kind of {@link InjectedFault} — an I/O error, a full disk, a short
 * write, a crash — then runs {@code ariadne resume} and asserts that the final report (status,
 * distinct and generated states, depth, queue, property verdicts, the violation and its whole
 * trace) is the uninterrupted one. A fault the command reports must be a machine fault (exit
 * 3, "resumable"), never a verdict, never a stack trace. The counts go to
 * {@code target/fault-harness.txt}.
 */
class FaultHarnessTest {
    /** At most this many fault points per run and kind (all of them when the run has fewer writes). */
    private static final int POINTS = Integer.getInteger("ariadne.faults.points", 12);

    /**
     * States of about 600 KiB (each in a {@code large-FP.snap} of its own) and, with
     * {@code --continue}, six assertion failures of about 110 KB each: a checkpoint record and
     * saved violations over 256 KiB, in side files. The writes of bytes of the harness.
     */
    private static final String LARGE = "var lists = []\nvar i = 0\n\n" + LargeModels.grow(1) + "\n"
            + LargeModels.incAndBoom(3);

    @TempDir
    Path tmp;

    private final List<String> problems = new ArrayList<>();
    private final StringBuilder table = new StringBuilder();
    private int injected;
    private int resumed;
    private int restarted;
    private int equal;
    private int reportedAsFault;
    private long faultedNanos;
    private long afterNanos;

    private record Scenario(String name, List<String> args) {
    }

    @AfterEach
    void noHookLeft() {
        WriteFaults.install(null);
    }

    @Test
    @Timeout(value = 15, unit = TimeUnit.MINUTES)
    void aFaultAtAnyWriteOfARunThenResumeGivesTheUninterruptedResult() throws IOException {
        List<Scenario> scenarios = List.of(
                new Scenario("two_phase_commit", List.of(Cli.example("two_phase_commit.ari"))),
                new Scenario("peterson_fair (liveness)", List.of(Cli.example("liveness/peterson_fair.ari"))),
                new Scenario("bounded_queue BROKEN (deadlock)", List.of(Cli.example("bounded_queue.ari"),
                        "--const", "BROKEN=True")),
                new Scenario("large states and records", List.of(tmp.resolve("large.ari").toString(),
                        "--continue")));
        Files.writeString(tmp.resolve("large.ari"), LARGE);
        // Its states of 600 KiB make each fault cost seconds: it runs only when asked for.
        String only = System.getProperty("ariadne.faults.runs", "");
        scenarios = scenarios.stream().filter(s -> s.name().contains(only)
                && (!s.name().startsWith("large") || !only.isEmpty())).toList();
        long start = System.nanoTime();
        table.append(String.format(Locale.ROOT, "%-32s %-12s %7s %9s %8s %9s %6s%n", "run", "fault", "writes",
                "injected", "resumed", "restarted", "equal"));
        for (Scenario s : scenarios) {
            runScenario(s);
        }
        String summary = String.format(Locale.ROOT,
                "faults injected: %d, runs resumed: %d, checked again (fault before the first checkpoint): %d, "
                        + "results equal: %d, faults reported (exit 3, or 2 for a store not yet created): %d, in %.1f s%n",
                injected, resumed, restarted, equal, reportedAsFault, (System.nanoTime() - start) / 1e9)
                + String.format(Locale.ROOT, "(faulted runs %.1f s, resumes %.1f s, deletes %.1f s)%n", faultedNanos / 1e9,
                afterNanos / 1e9, deleteNanos / 1e9);
        String text = table + summary + (problems.isEmpty() ? "" : "problems:\n" + String.join("\n", problems) + "\n");
        System.out.print(text);
        Path target = Path.of("target");
        if (Files.isDirectory(target)) {
            Files.writeString(target.resolve("fault-harness.txt"), text, StandardCharsets.UTF_8);
        }
        assertEquals(List.of(), problems, text);
        assertEquals(injected, equal, text);
        assertTrue(injected > 0, text);
    }

    private void runScenario(Scenario s) throws IOException {
        Path refDir = tmp.resolve("reference");
        InjectedFault counter = InjectedFault.counting();
        Cli.Result ref;
        WriteFaults.install(counter);
        try {
            ref = check(s, refDir.resolve("run"), refDir.resolve("report.json"));
        } finally {
            WriteFaults.install(null);
        }
        assertTrue(Files.exists(refDir.resolve("report.json")), ref::toString);
        String expected = normalized(refDir.resolve("report.json"));
        System.out.println(s.name() + ": " + counter.writes() + " writes (" + counter.byteWrites()
                + " of bytes), exit " + ref.exit() + "\n  " + String.join("\n  ", counter.log()));
        delete(refDir);
        for (InjectedFault.Kind kind : InjectedFault.Kind.values()) {
            if (!kind.name().contains(System.getProperty("ariadne.faults.kinds", ""))) {
                continue;
            }
            long total = kind == InjectedFault.Kind.SHORT_WRITE ? counter.byteWrites() : counter.writes();
            int before = injected;
            int resumedBefore = resumed;
            int restartedBefore = restarted;
            int equalBefore = equal;
            for (long n : points(total)) {
                faultAt(s, kind, n, ref.exit(), expected);
            }
            table.append(String.format(Locale.ROOT, "%-32s %-12s %7d %9d %8d %9d %6d%n", s.name(), kind, total,
                    injected - before, resumed - resumedBefore, restarted - restartedBefore, equal - equalBefore));
        }
    }

    /** One fault at write {@code n}, then resume (or the check again if the run never reached a checkpoint). */
    private void faultAt(Scenario s, InjectedFault.Kind kind, long n, int refExit, String expected) throws IOException {
        long started = System.nanoTime();
        int problemsBefore = problems.size();
        Path base = tmp.resolve(s.name().replaceAll("[^a-z_]", "") + "-" + kind + "-" + n);
        Path dir = base.resolve("run");
        Path image = base.resolve("image");
        InjectedFault fault = InjectedFault.at(kind, n, dir, image);
        Cli.Result faulted;
        long t0 = System.nanoTime();
        WriteFaults.install(fault);
        try {
            faulted = check(s, dir, base.resolve("faulted.json"));
        } catch (InjectedFault.Crashed e) {
            faulted = new Cli.Result(-1, "", "crashed"); // the process is gone: nothing it printed counts
        } finally {
            WriteFaults.install(null);
        }
        faultedNanos += System.nanoTime() - t0;
        String where = s.name() + ", " + kind + " at write " + n + " (" + fault.injectedAt() + ")";
        if (fault.injectedAt() == null) {
            System.out.println(where + ": not reached (" + fault.writes() + " writes)\n" + faulted);
            delete(base);
            return; // this run made fewer writes than the uninterrupted one counted
        }
        injected++;
        Path runDir = dir;
        if (kind == InjectedFault.Kind.CRASH) {
            runDir = image;
        } else {
            checkReported(where, faulted, refExit);
        }
        Path report = base.resolve("report.json");
        long t1 = System.nanoTime();
        Cli.Result after = Cli.run(tmp, "resume", runDir.toString(), "--workers", "1", "--progress", "0",
                "--json", report.toString());
        if (after.exit() == ExitCodes.USAGE && nothingToResume(after.err())) {
            restarted++;
            after = check(s, runDir, report);
        } else {
            resumed++;
        }
        afterNanos += System.nanoTime() - t1;
        if (after.exit() != refExit || !Files.exists(report)) {
            problems.add(where + ": the run after it ended with exit " + after.exit() + ", not " + refExit
                    + "\n  faulted: " + faulted + "\n  after: " + after);
        } else if (!normalized(report).equals(expected)) {
            problems.add(where + ": the result differs from the uninterrupted run's\n" + normalized(report));
        } else {
            equal++;
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        if (seconds > 3 || problems.size() > problemsBefore) {
            System.out.printf(Locale.ROOT, "%s: %.1f s%s%n", where, seconds,
                    problems.size() > problemsBefore ? ", " + problems.get(problems.size() - 1) : "");
        }
        delete(base);
    }

    /**
     * A fault the command met is a fault of the machine: it stops the run resumably (exit 3,
     * one line saying so), or it struck where the command can go on (a report file, a file
     * left for later clean-up) and the verdict stands; never exit 1, a stack trace or a verdict.
     */
    private void checkReported(String where, Cli.Result faulted, int refExit) {
        String all = faulted.out() + faulted.err();
        if (all.contains("\tat ") || all.contains("internal failure")) {
            problems.add(where + ": a stack trace or an internal failure\n" + faulted);
        } else if (faulted.exit() == ExitCodes.INTERRUPTED) {
            reportedAsFault++;
            if (!faulted.err().contains("resum")) {
                problems.add(where + ": exit 3 without saying how to resume\n" + faulted);
            }
        } else if (faulted.exit() == ExitCodes.USAGE && faulted.err().startsWith("ariadne: cannot create the store: ")) {
            reportedAsFault++; // nothing to resume yet: the same check runs again in the same directory
        } else if (faulted.exit() != refExit) {
            problems.add(where + ": exit " + faulted.exit() + " (uninterrupted: " + refExit + ")\n" + faulted);
        }
    }

    /** What {@code resume} says of a directory whose check stopped before its first checkpoint. */
    static boolean nothingToResume(String err) {
        return err.contains("before its first checkpoint") || err.contains("its creation did not finish")
                || err.contains("holds no ariadne run");
    }

    private Cli.Result check(Scenario s, Path dir, Path json) throws IOException {
        Files.createDirectories(json.getParent());
        List<String> args = new ArrayList<>();
        args.add("check");
        args.addAll(s.args());
        args.addAll(List.of("--workers", "1", "--progress", "0", "--store", dir.toString(), "--json",
                json.toString()));
        return Cli.run(tmp, args);
    }

    /** The report without what differs between sessions of the same run: times and the directory. */
    static String normalized(Path report) throws IOException {
        return Files.readString(report).replaceAll("\"elapsed_seconds\": [0-9.]+", "\"elapsed_seconds\": T")
                .replaceAll("\"store\": \"[^\"]*\"", "\"store\": DIR");
    }

    /** Every write of a short run, else {@link #POINTS} spread over the whole run, first and last included. */
    static List<Long> points(long total) {
        return points(total, POINTS);
    }

    /** Every write of a short run, else {@code count} spread over the whole run, first and last included. */
    static List<Long> points(long total, int count) {
        List<Long> points = new ArrayList<>();
        if (total <= count) {
            for (long n = 1; n <= total; n++) {
                points.add(n);
            }
            return points;
        }
        for (int i = 0; i < count; i++) {
            long n = 1 + Math.round((double) i * (total - 1) / (count - 1));
            if (points.isEmpty() || points.get(points.size() - 1) != n) {
                points.add(n);
            }
        }
        return points;
    }

    private static long deleteNanos;

    private static void delete(Path dir) throws IOException {
        long t = System.nanoTime();
        try {
            deleteTree(dir);
        } finally {
            deleteNanos += System.nanoTime() - t;
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
