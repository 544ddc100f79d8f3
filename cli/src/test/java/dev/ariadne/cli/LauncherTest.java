package dev.ariadne.cli;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The real launcher, {@code ./ariadne}, in a subprocess, from another directory. It runs in
 * a copy of the repository's poms and main sources without any {@code target}: the launcher
 * builds it there (a minute or so), as on a fresh clone, and never rebuilds the classes
 * this test JVM is running from.
 */
class LauncherTest {
    private static final Path REPO = Path.of("..").toAbsolutePath().normalize();

    @TempDir
    static Path clone;

    @TempDir
    Path work;

    @BeforeAll
    static void copyTheRepositoryWithoutBuildOutput() throws IOException {
        copy(REPO.resolve("ariadne"), clone.resolve("ariadne"));
        copy(REPO.resolve("pom.xml"), clone.resolve("pom.xml"));
        // The Spark module's pom only: a check without --engine spark must not need (or build) the module.
        for (String module : List.of("engine", "store", "cli", "junit", "benchmarks", "spark")) {
            copy(REPO.resolve(module).resolve("pom.xml"), clone.resolve(module).resolve("pom.xml"));
        }
        // The examples too: the launcher trains its class-data sharing archive on one of them.
        for (String dir : List.of("engine/src/main", "store/src/main", "cli/src/main", "cli/src/launcher", "examples")) {
            Path from = REPO.resolve(dir);
            try (Stream<Path> files = Files.walk(from)) {
                for (Path f : files.filter(Files::isRegularFile).toList()) {
                    copy(f, clone.resolve(dir).resolve(from.relativize(f)));
                }
            }
        }
        assertTrue(Files.isExecutable(clone.resolve("ariadne")), "the launcher must be executable");
        assertFalse(Files.exists(clone.resolve("cli/target")));
    }

    @Test
    @Timeout(value = 15, unit = TimeUnit.MINUTES)
    void launcherBuildsThenChecksAModelRelativeToTheCallersDirectory() throws Exception {
        Files.copy(Cli.EXAMPLES.resolve("two_phase_commit.ari"), work.resolve("two_phase_commit.ari"));
        String out = succeed(List.of("check", "two_phase_commit.ari"), null);
        assertTrue(out.startsWith("Checking two_phase_commit.ari (RM_COUNT=3) with "), out);
        assertTrue(out.contains("No violation found."), out);
        assertTrue(out.contains("288 distinct states, 1,146 generated, depth 11"), out);
        try (Stream<Path> runs = Files.list(work.resolve("ariadne-runs"))) {
            assertEquals(1, runs.count(), "the run directory is under the caller's directory");
        }
        assertFalse(Files.exists(clone.resolve("spark/target")), "the Spark module is built only on demand");
    }

    @Test
    @Timeout(value = 15, unit = TimeUnit.MINUTES)
    void sigtermStopsTheCheckResumablyWithExitThree() throws Exception {
        Process p = start(List.of("check", Cli.example("two_phase_commit.ari"), "--const", "RM_COUNT=8",
                "--store", "big"));
        try {
            Path order = work.resolve("big").resolve("order.dat");
            long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(14);
            while (p.isAlive() && !Files.exists(order) && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            Thread.sleep(1000);
            p.destroy(); // SIGTERM
            assertTrue(p.waitFor(2, TimeUnit.MINUTES), "the check did not stop");
            String out = read("out.txt");
            assertEquals(3, p.exitValue(), out + read("err.txt"));
            assertTrue(out.contains("Interrupted (SIGTERM)."), out);
            assertTrue(out.contains("resume with: ariadne resume big"), out);
        } finally {
            p.destroyForcibly().waitFor();
        }
    }

    @Test
    @Timeout(value = 15, unit = TimeUnit.MINUTES)
    void aCheckInWorkerProcessesCompilesItsCoordinatorWithC1OnlyAndGivesItASmallerYoungGeneration() throws Exception {
        String peterson = Cli.example("peterson.ari");
        String processFlags = coordinatorFlags("", "check", peterson, "--isolation", "process", "--workers", "1");
        assertTrue(processFlags.contains("-XX:TieredStopAtLevel=1"), processFlags);
        // Named as the launcher's own flag, which worker JVMs do not inherit (WorkerLauncher.jvmFlags).
        String properties = read("err.txt");
        assertTrue(properties.matches("(?s).*ariadne\\.launcher\\.flags = [^\\n]*-XX:TieredStopAtLevel=1.*"), properties);
        assertTrue(properties.matches("(?s).*ariadne\\.launcher\\.flags = [^\\n]*-XX:MaxNewSize=32m.*"), properties);
        assertTrue(coordinatorFlags("", "check", peterson, "--isolation=process").contains("-XX:TieredStopAtLevel=1"));
        assertFalse(coordinatorFlags("", "check", peterson, "--isolation", "thread").contains("TieredStopAtLevel"));
        assertTrue(read("err.txt").matches("(?s).*ariadne\\.launcher\\.flags = [^\\n]*-XX:MaxNewSize=128m.*"),
                read("err.txt"));
        assertFalse(coordinatorFlags("", "check", peterson).contains("TieredStopAtLevel"));
        String chosen = coordinatorFlags("-XX:TieredStopAtLevel=4", "check", peterson, "--isolation", "process");
        assertTrue(chosen.contains("-XX:TieredStopAtLevel=4") && !chosen.contains("-XX:TieredStopAtLevel=1"), chosen);
    }

    @Test
    @Timeout(value = 15, unit = TimeUnit.MINUTES)
    void aCheckWaitsLongerBeforeC2CompilesUnlessTheUserSetsTier4() throws Exception {
        String peterson = Cli.example("peterson.ari");
        String flags = coordinatorFlags("", "check", peterson);
        for (String flag : List.of("-XX:Tier4InvocationThreshold=15000", "-XX:Tier4MinInvocationThreshold=2000",
                "-XX:Tier4CompileThreshold=45000", "-XX:Tier4BackEdgeThreshold=120000")) {
            assertTrue(flags.contains(flag), flags);
        }
        // Not a launcher flag: worker JVMs compile the same interpreter and inherit it.
        assertFalse(read("err.txt").matches("(?s).*ariadne\\.launcher\\.flags = [^\\n]*Tier4.*"), read("err.txt"));
        String chosen = coordinatorFlags("-XX:Tier4InvocationThreshold=7000", "check", peterson);
        assertTrue(chosen.contains("-XX:Tier4InvocationThreshold=7000") && !chosen.contains("Tier4CompileThreshold"), chosen);
    }

    @Test
    @Timeout(value = 15, unit = TimeUnit.MINUTES)
    void theHeapIsInTransparentHugePagesWhereTheKernelOffersThemUnlessTheUserChoosesThePages() throws Exception {
        Path sysfs = Path.of("/sys/kernel/mm/transparent_hugepage/enabled");
        String thp = Files.isReadable(sysfs) ? Files.readString(sysfs) : "";
        boolean offered = thp.contains("[madvise]") || thp.contains("[always]");
        String peterson = Cli.example("peterson.ari");
        String flags = coordinatorFlags("", "check", peterson);
        assertEquals(offered, flags.contains("-XX:+UseTransparentHugePages"), thp + " / " + flags);
        // Not a launcher flag: worker JVMs allocate as much and inherit it.
        assertFalse(read("err.txt").matches("(?s).*ariadne\\.launcher\\.flags = [^\\n]*TransparentHugePages.*"),
                read("err.txt"));
        assertFalse(read("err.txt").contains("UseTransparentHugePages disabled"), read("err.txt"));
        String chosen = coordinatorFlags("-XX:-UseTransparentHugePages", "check", peterson);
        assertFalse(chosen.contains("-XX:+UseTransparentHugePages"), chosen);
    }

    @Test
    @Timeout(value = 15, unit = TimeUnit.MINUTES)
    void aCheckOfAModelUnlikeTheTrainingOneLoadsAriadneAndPicocliFromTheArchiveAndNoLocaleData() throws Exception {
        // Two-phase commit needs parser and compiler classes that the archive's training model does not.
        Path log = work.resolve("classes.log");
        String out = succeed(List.of("check", Cli.example("two_phase_commit.ari"), "--store", "run"),
                "-Xlog:class+load:file=" + log);
        List<String> lines = Files.readAllLines(log);
        assertTrue(lines.stream().anyMatch(l -> l.contains(" dev.ariadne.cli.Main source: shared objects file")),
                "the archive is in use");
        List<String> fromJars = lines.stream()
                .filter(l -> l.matches(".* (dev\\.ariadne|picocli)\\.[^ ]* source: (file|jar):.*")).toList();
        assertEquals(List.of(), fromJars, "classes loaded from a jar rather than the archive");
        // Numbers formatted for Locale.US need no locale provider (Main); the report is printed all the same.
        // (A run in the small store: Chronicle's own set-up loads locale data.)
        assertEquals(List.of(), lines.stream().filter(l -> l.contains("sun.util.cldr.")).toList());
        assertTrue(out.contains("288 distinct states, 1,146 generated, depth 11"), out);
    }

    @Test
    @Timeout(value = 15, unit = TimeUnit.MINUTES)
    void aNewClassDataArchiveLeavesTheThreeNewestAndNoHalfWrittenOnesOfAnHourAgo() throws Exception {
        Path target = clone.resolve("cli/target");
        checkPeterson();
        Path current = Path.of(Files.readAllLines(target.resolve("cds-java")).get(1));
        Files.delete(current); // as if the JVM had changed: the next check dumps a new archive
        long now = System.currentTimeMillis();
        for (int hours = 1; hours <= 4; hours++) {
            touch(target.resolve("classes-" + hours + ".jsa"), now - hours * 3_600_000L);
        }
        touch(target.resolve("classes-5.jsa.4242"), now - 2 * 3_600_000L); // a killed launcher's
        touch(target.resolve("classes-6.jsa.4343"), now); // a launcher dumping right now
        checkPeterson();
        assertTrue(Files.isRegularFile(current), "the archive is dumped again");
        try (Stream<Path> files = Files.list(target)) {
            List<String> archives = files.map(f -> f.getFileName().toString()).filter(n -> n.startsWith("classes-"))
                    .sorted().toList();
            assertEquals(List.of("classes-1.jsa", "classes-2.jsa", "classes-6.jsa.4343",
                    current.getFileName().toString()).stream().sorted().toList(), archives);
        }
    }

    private void checkPeterson() throws Exception {
        succeed(List.of("check", Cli.example("peterson.ari"), "--store", "run-" + System.nanoTime()), null);
    }

    private static void touch(Path file, long millis) throws IOException {
        Files.write(file, new byte[] {1});
        Files.setLastModifiedTime(file, FileTime.fromMillis(millis));
    }

    /** The flags the coordinator JVM of {@code ./ariadne args} ran with, as it printed them. */
    private String coordinatorFlags(String javaOpts, String... args) throws Exception {
        String out = succeed(List.of(args), "-XX:+PrintCommandLineFlags -XshowSettings:properties " + javaOpts);
        assertTrue(out.contains("42 distinct states"), out);
        return out.lines().filter(l -> l.startsWith("-XX:")).findFirst().orElseThrow();
    }

    /** Runs {@code ./ariadne args} to its end, which must be exit 0, and returns its standard output. */
    private String succeed(List<String> args, String javaOpts) throws Exception {
        Process p = start(args, javaOpts);
        try {
            assertTrue(p.waitFor(14, TimeUnit.MINUTES), "the launcher did not finish");
            String out = read("out.txt");
            assertEquals(0, p.exitValue(), out + read("err.txt"));
            return out;
        } finally {
            p.destroyForcibly().waitFor();
        }
    }

    private Process start(List<String> args) throws IOException {
        return start(args, null);
    }

    private Process start(List<String> args, String javaOpts) throws IOException {
        List<String> command = new ArrayList<>(List.of(clone.resolve("ariadne").toString()));
        command.addAll(args);
        ProcessBuilder pb = new ProcessBuilder(command).directory(work.toFile())
                .redirectOutput(work.resolve("out.txt").toFile())
                .redirectError(work.resolve("err.txt").toFile());
        if (javaOpts != null) {
            pb.environment().put("ARIADNE_JAVA_OPTS", javaOpts);
        }
        return pb.start();
    }

    private String read(String name) throws IOException {
        return Files.readString(work.resolve(name));
    }

    private static void copy(Path from, Path to) throws IOException {
        Files.createDirectories(to.getParent());
        Files.copy(from, to, StandardCopyOption.COPY_ATTRIBUTES);
    }
}
