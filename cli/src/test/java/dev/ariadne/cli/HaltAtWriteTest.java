package dev.ariadne.cli;

import dev.ariadne.io.WriteFaults;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The crash of {@link FaultHarnessTest} for real: {@code ariadne check} in a child JVM that
 * halts at its N-th write ({@link HaltingMain}), for N spread over the whole run, then
 * {@code ariadne resume} (or the same check again, if it died before its first checkpoint)
 * must end with the uninterrupted run's report. Counts in {@code target/fault-harness-halt.txt}.
 */
class HaltAtWriteTest {
    /** Child JVMs to start (each pays for the first Chronicle map of a JVM: 1.5 to 4 s). */
    private static final int CHILDREN = Integer.getInteger("ariadne.faults.children", 4);

    @TempDir
    Path tmp;

    @AfterEach
    void nothingLeft() {
        WriteFaults.install(null);
        assertEquals(List.of(), ProcessHandle.current().descendants().filter(ProcessHandle::isAlive)
                .map(ProcessHandle::pid).toList(), "processes left running");
    }

    @Test
    @Timeout(value = 10, unit = TimeUnit.MINUTES)
    void aCheckHaltedAtItsNthWriteResumesToTheUninterruptedResult() throws Exception {
        List<String> model = List.of(Cli.example("two_phase_commit.ari"), "--const", "RM_COUNT=4");
        InjectedFault counter = InjectedFault.counting();
        WriteFaults.install(counter);
        Cli.Result ref;
        try {
            ref = Cli.run(tmp, check(model, tmp.resolve("reference"), tmp.resolve("reference.json")));
        } finally {
            WriteFaults.install(null);
        }
        assertEquals(0, ref.exit(), ref::toString);
        String expected = normalized(tmp.resolve("reference.json"));
        int halted = 0;
        int resumed = 0;
        int restarted = 0;
        int equal = 0;
        StringBuilder log = new StringBuilder();
        for (long n : FaultHarnessTest.points(counter.writes(), CHILDREN)) {
            Path dir = tmp.resolve("run-" + n);
            List<String> command = new ArrayList<>();
            command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            command.addAll(ManagementFactory.getRuntimeMXBean().getInputArguments());
            command.addAll(List.of("-cp", System.getProperty("java.class.path"), HaltingMain.class.getName(),
                    Long.toString(n)));
            command.addAll(check(model, dir, tmp.resolve("halted-" + n + ".json")));
            Path err = tmp.resolve("halted-" + n + ".err");
            Process p = new ProcessBuilder(command).directory(tmp.toFile())
                    .redirectOutput(tmp.resolve("halted-" + n + ".out").toFile()).redirectError(err.toFile()).start();
            try {
                assertTrue(p.waitFor(2, TimeUnit.MINUTES), "child still running at write " + n);
            } finally {
                p.destroyForcibly().waitFor();
            }
            String said = Files.readString(err).lines().filter(l -> l.startsWith("halting")).findFirst().orElse("");
            if (p.exitValue() != HaltingMain.HALTED) {
                log.append("write ").append(n).append(": not reached, exit ").append(p.exitValue()).append('\n');
                continue;
            }
            halted++;
            Path report = tmp.resolve("report-" + n + ".json");
            Cli.Result after = Cli.run(tmp, "resume", dir.toString(), "--workers", "1", "--progress", "0",
                    "--json", report.toString());
            String how = "resumed";
            if (after.exit() == ExitCodes.USAGE && FaultHarnessTest.nothingToResume(after.err())) {
                restarted++;
                how = "checked again";
                after = Cli.run(tmp, check(model, dir, report));
            } else {
                resumed++;
            }
            boolean same = after.exit() == 0 && Files.exists(report) && normalized(report).equals(expected);
            if (same) {
                equal++;
            }
            log.append(String.format(Locale.ROOT, "%s -> %s, exit %d, %s%n", said, how, after.exit(),
                    same ? "equal" : "DIFFERENT:\n" + after));
        }
        String text = log + String.format(Locale.ROOT, "child JVMs halted at a write (of %d): %d, runs resumed: %d, "
                + "checked again: %d, results equal: %d%n", counter.writes(), halted, resumed, restarted, equal);
        System.out.print(text);
        if (Files.isDirectory(Path.of("target"))) {
            Files.writeString(Path.of("target", "fault-harness-halt.txt"), text, StandardCharsets.UTF_8);
        }
        assertTrue(halted > 0, text);
        assertEquals(halted, equal, text);
    }

    private static List<String> check(List<String> model, Path dir, Path json) {
        List<String> args = new ArrayList<>(List.of("check"));
        args.addAll(model);
        args.addAll(List.of("--workers", "1", "--progress", "0", "--store", dir.toString(), "--json", json.toString()));
        return args;
    }

    private static String normalized(Path report) throws java.io.IOException {
        return FaultHarnessTest.normalized(report);
    }
}
