package dev.ariadne.cli;

import dev.ariadne.store.StoreFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static dev.ariadne.cli.Json.at;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Measures one large check through the command (not a timed assertion): a child JVM runs
 * {@code ariadne check examples/two_phase_commit.ari --const RM_COUNT=8 --workers 2} (1,745,408
 * distinct states, verified with TLC), and every few seconds the test records the states
 * stored so far and the child's heap after a full collection it asks for ({@code jcmd PID
 * GC.run}); the child logs every collection ({@code -Xlog:gc}), the results are read there.
 * Native memory tracking gives the direct buffers (the off-heap fingerprint set). At the end
 * it prints the run directory's disk use (allocated blocks, {@code du -B1}) per distinct state.
 * Run it with
 * {@code mvn -q -B -pl cli -am test -Dtest=CheckMeasurement -Dariadne.measure=true -Dsurefire.failIfNoSpecifiedTests=false}
 * (output in {@code cli/target/surefire-reports/dev.ariadne.cli.CheckMeasurement-output.txt}); the
 * properties {@code ariadne.measure.rm} (RM_COUNT, default 8), {@code ariadne.measure.interval}
 * (seconds between samples, default 10) and {@code ariadne.measure.jvm} (extra JVM options of the
 * child, e.g. {@code -Xmx256m}) change it. See docs/resilience.md.
 */
class CheckMeasurement {
    /** TLC 2.18 on benchmarks/tla/TwoPhase.tla, RM_COUNT = 8, 1 worker: 1,745,408 distinct, 18,507,778 generated, depth 26. */
    private static final long TLC_DISTINCT_RM8 = 1_745_408;
    private static final long TLC_DEPTH_RM8 = 26;

    /** NMT's category of direct byte buffers (the engine's off-heap fingerprint set), committed KB. */
    private static final Pattern NMT_OTHER = Pattern.compile("-\\s+Other \\(reserved=\\d+KB, committed=(\\d+)KB\\)");
    private static final Pattern GC_LINE = Pattern.compile(
            "^\\[(\\d+\\.\\d+)s\\].*GC\\(\\d+\\) (Pause [A-Za-z ]+?)(?: \\([^)]*\\))* (\\d+)M->(\\d+)M\\((\\d+)M\\)");

    @TempDir
    Path tmp;

    @Test
    @EnabledIfSystemProperty(named = "ariadne.measure", matches = "true")
    void measureACheckOfMoreThanAMillionStates() throws Exception {
        int rm = Integer.getInteger("ariadne.measure.rm", 8);
        long interval = TimeUnit.SECONDS.toMillis(Integer.getInteger("ariadne.measure.interval", 10));
        List<String> jvm = new ArrayList<>(List.of("-Xlog:gc:file=" + tmp.resolve("gc.log"),
                "-XX:NativeMemoryTracking=summary"));
        String extra = System.getProperty("ariadne.measure.jvm", "").trim();
        if (!extra.isEmpty()) {
            jvm.addAll(List.of(extra.split("\\s+")));
        }
        List<String> args = List.of("check", Cli.example("two_phase_commit.ari"), "--const", "RM_COUNT=" + rm,
                "--store", "run", "--workers", "2", "--progress", "10", "--json", "report.json");
        System.out.printf("command: ariadne %s%nchild JVM options: %s%ncores: %d, load average at start: %.1f%n",
                String.join(" ", args).replace(Cli.EXAMPLES.toString(), "examples"), jvm,
                Runtime.getRuntime().availableProcessors(),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        Path run = tmp.resolve("run");
        List<String> samples = new ArrayList<>();
        long start = System.nanoTime();
        try (CliProcess p = CliProcess.start(tmp, "check", jvm, args)) {
            while (p.sleepWhileAlive(interval)) {
                long states = StoreFiles.published(run);
                // jcmd returns once the full collection is over; the child logged it with its result.
                if (jcmd(p.pid(), "GC.run") != null) {
                    double[] full = lastFullGc(tmp.resolve("gc.log"));
                    String nmt = jcmd(p.pid(), "VM.native_memory summary");
                    Matcher other = nmt == null ? null : NMT_OTHER.matcher(nmt);
                    String direct = other != null && other.find()
                            ? String.format("%5.0f MB", Long.parseLong(other.group(1)) / 1024.0) : "?";
                    if (full != null) {
                        samples.add(String.format("| %6.0f s | %,11d | %5.0f MB | %5.0f MB | %s |",
                                (System.nanoTime() - start) / 1e9, states, full[1], full[2], direct));
                    }
                }
            }
            assertEquals(0, p.waitFor(60_000), p::toString);
            System.out.println("\n" + p.out());
            System.out.println("progress (standard error):\n" + p.err());
        }
        System.out.println("Heap after a full GC (jcmd PID GC.run, result read from -Xlog:gc), every " + interval / 1000
                + " s:\n");
        System.out.println("| time | states stored | heap after full GC | heap size | off-heap 'Other' (NMT) |");
        System.out.println("|---:|---:|---:|---:|---:|");
        samples.forEach(System.out::println);

        Object report = Json.parse(Files.readString(tmp.resolve("report.json")));
        Object r = at(report, "runs", 0);
        long distinct = (Long) at(r, "distinct_states");
        System.out.printf("%nresult: %s, %,d distinct, %,d generated, depth %d, %.1f s%n", at(r, "status"), distinct,
                at(r, "generated_states"), at(r, "depth"), ((Number) at(r, "elapsed_seconds")).doubleValue());
        if (rm == 8) {
            assertEquals(TLC_DISTINCT_RM8, distinct, "TLC's count");
            assertEquals(TLC_DEPTH_RM8, at(r, "depth"), "TLC's depth");
        }

        System.out.println("\nDisk (du -B1: allocated blocks; apparent: the files' lengths, sparse):\n");
        System.out.println("| file | allocated | bytes a state | apparent |");
        System.out.println("|---|---:|---:|---:|");
        long total = 0;
        List<Path> files;
        try (var s = Files.list(run)) {
            files = s.sorted().toList();
        }
        for (Path f : files) {
            long allocated = du(f, false);
            total += allocated;
            System.out.printf("| %s | %,d | %.1f | %,d |%n", f.getFileName(), allocated, (double) allocated / distinct,
                    du(f, true));
        }
        long whole = du(run, false);
        System.out.printf("| **run directory** | **%,d** | **%.1f** | %,d |%n", whole, (double) whole / distinct,
                du(run, true));
        assertTrue(total > 0);

        System.out.println("\nHeap after each collection (-Xlog:gc), lowest and highest per tenth of the run:\n");
        gcSummary(tmp.resolve("gc.log"));
    }

    /** Runs {@code jcmd PID COMMAND}; null if it fails (the child may just have ended). */
    private static String jcmd(long pid, String command) throws IOException, InterruptedException {
        Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
        Process p = new ProcessBuilder(jcmd.toString(), Long.toString(pid), command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        return p.waitFor() == 0 ? out : null;
    }

    private static long du(Path path, boolean apparent) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of("du", "-s", "-B1"));
        if (apparent) {
            cmd.add("--apparent-size");
        }
        cmd.add(path.toString());
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes()).trim();
        assertEquals(0, p.waitFor(), out);
        return Long.parseLong(out.split("\\s+")[0]);
    }

    /** Every collection of the child's log: JVM uptime (s), heap after it (MB), heap size (MB), 1 if full. */
    private static List<double[]> collections(Path log) throws IOException {
        List<double[]> gcs = new ArrayList<>();
        for (String line : Files.readAllLines(log)) {
            Matcher m = GC_LINE.matcher(line);
            if (m.find()) {
                gcs.add(new double[] {Double.parseDouble(m.group(1)), Double.parseDouble(m.group(4)),
                    Double.parseDouble(m.group(5)), m.group(2).startsWith("Pause Full") ? 1 : 0});
            }
        }
        return gcs;
    }

    private static double[] lastFullGc(Path log) throws IOException {
        List<double[]> full = collections(log).stream().filter(g -> g[3] == 1).toList();
        return full.isEmpty() ? null : full.get(full.size() - 1);
    }

    private static void gcSummary(Path log) throws IOException {
        List<double[]> gcs = collections(log);
        if (gcs.isEmpty()) {
            System.out.println("(no collection logged)");
            return;
        }
        double end = gcs.get(gcs.size() - 1)[0];
        System.out.println("| JVM uptime | collections | heap after GC, min | max | heap size |");
        System.out.println("|---:|---:|---:|---:|---:|");
        for (int tenth = 0; tenth < 10; tenth++) {
            double from = end * tenth / 10;
            double to = end * (tenth + 1) / 10;
            boolean first = tenth == 0;
            List<double[]> in = gcs.stream().filter(g -> g[0] > from && g[0] <= to || first && g[0] == from).toList();
            if (in.isEmpty()) {
                continue;
            }
            System.out.printf("| %.0f–%.0f s | %d | %.0f MB | %.0f MB | %.0f MB |%n", from, to, in.size(),
                    in.stream().mapToDouble(g -> g[1]).min().orElse(0), in.stream().mapToDouble(g -> g[1]).max().orElse(0),
                    in.stream().mapToDouble(g -> g[2]).max().orElse(0));
        }
        System.out.printf("%d collections, %d of them full (the samples' jcmd GC.run)%n", gcs.size(),
                gcs.stream().filter(g -> g[3] == 1).count());
    }
}
