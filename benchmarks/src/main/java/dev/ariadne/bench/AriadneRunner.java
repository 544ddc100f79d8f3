package dev.ariadne.bench;

import dev.ariadne.cli.Json;

import dev.ariadne.snapshot.Fingerprint;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Runs one {@code ariadne check} as a user experiences it (a fresh JVM, compilation, the
 * Chronicle store on disk, worker JVMs in process isolation) and turns what it reports and
 * what the harness saw into a {@link Measurement}.
 */
final class AriadneRunner {
    private final AriadneCommand command;
    private final Path root;
    private final List<String> javaOpts;
    private final Duration timeout;
    private final Duration samplePeriod;
    private final boolean keep;

    AriadneRunner(AriadneCommand command, Path root, List<String> javaOpts, Duration timeout, Duration samplePeriod,
                  boolean keep) {
        this.command = command;
        this.root = root;
        this.javaOpts = List.copyOf(javaOpts);
        this.timeout = timeout;
        this.samplePeriod = samplePeriod;
        this.keep = keep;
    }

    /** The arguments of {@code ariadne} for this configuration, writing into {@code runDir}. */
    static List<String> arguments(Config c, Path runDir) {
        List<String> args = new ArrayList<>(List.of("check", c.model().path()));
        for (String k : c.model().constants()) {
            args.add("--const");
            args.add(k);
        }
        args.addAll(List.of("--workers", Integer.toString(c.workers()), "--isolation", c.isolation(),
                "--json", runDir.resolve("report.json").toString(), "--store", runDir.resolve("store").toString(),
                "--progress", "0"));
        return args;
    }

    Measurement run(Config c, int repeat, Path runDir) throws IOException, InterruptedException {
        Files.createDirectories(runDir.resolve("gc"));
        List<String> opts = new ArrayList<>(javaOpts);
        opts.add(GcLog.option(runDir.resolve("gc")));
        List<String> cmd = command.command(arguments(c, runDir), opts);
        MeasuredRun.Outcome o = MeasuredRun.run(cmd, root, command.environment(opts), runDir, timeout, samplePeriod, null);
        try {
            return measure(c, repeat, runDir, o);
        } finally {
            if (!keep) {
                Host.deleteTree(runDir);
            }
        }
    }

    private Measurement measure(Config c, int repeat, Path runDir, MeasuredRun.Outcome o) throws IOException {
        String error = null;
        Object run = null;
        Path report = runDir.resolve("report.json");
        if (o.timedOut()) {
            error = "killed at the time limit (" + timeout.toSeconds() + " s)";
        } else if (!Files.exists(report)) {
            error = "exit " + o.exitCode() + ", no JSON report: " + lastLine(runDir.resolve("err.txt"));
        } else {
            run = Json.at(Json.parse(Files.readString(report)), "runs", 0);
            if (run == null) {
                error = "exit " + o.exitCode() + ", a JSON report without runs";
            } else if (o.exitCode() != 0) {
                // The benchmark models have no violation: any other verdict is a failed measurement.
                error = "exit " + o.exitCode() + ", status " + Json.at(run, "status");
            }
        }
        if (error == null && o.leftovers() > 0) {
            error = o.leftovers() + " worker process(es) outlived the coordinator";
        }
        Long distinct = longAt(run, "distinct_states");
        Path store = runDir.resolve("store");
        Long disk = Files.isDirectory(store) ? Host.allocatedBytes(store) : null;
        Long apparent = Files.isDirectory(store) ? Host.apparentBytes(store) : null;
        Object elapsed = Json.at(run, "elapsed_seconds");
        GcLog.Heap heap = o.rootHeap();
        long workers = o.workerPeakAfterGc();
        return new Measurement(c, repeat, o.exitCode(), error, run == null ? null : (String) Json.at(run, "status"),
                distinct, longAt(run, "generated_states"), longAt(run, "depth"),
                o.wallSeconds(), elapsed == null ? null : ((Number) elapsed).doubleValue(), cpu(o),
                positive(o.peak().rssBytes()), positive(o.peak().anonBytes()), o.peak().maxJvms(),
                heap == null ? null : positive(heap.peakAfterGc()), heap == null ? null : positive(heap.peakUsed()),
                positive(workers), o.heaps().isEmpty() ? null : o.gcPauseSeconds(), disk, apparent,
                distinct == null ? null : Fingerprint.collisionProbability(distinct),
                o.loadBefore(), o.loadAfter());
    }

    static Double cpu(MeasuredRun.Outcome o) {
        return o.peak().samples() > 0 && o.peak().cpuSeconds() > 0 ? o.peak().cpuSeconds() : null;
    }

    static Long longAt(Object run, String key) {
        Object v = Json.at(run, key);
        return v instanceof Number n ? n.longValue() : null;
    }

    static Long positive(long v) {
        return v > 0 ? v : null;
    }

    static String lastLine(Path file) throws IOException {
        if (!Files.exists(file)) {
            return "";
        }
        List<String> lines = Files.readAllLines(file).stream().filter(l -> !l.isBlank()).toList();
        return lines.isEmpty() ? "" : lines.get(lines.size() - 1);
    }

    /** For the results file: the command exactly as the harness ran it, with a placeholder run directory. */
    String describe(Config c) {
        Path dir = Path.of("RUN");
        List<String> opts = new ArrayList<>(javaOpts);
        opts.add(GcLog.option(dir.resolve("gc")));
        Map<String, String> env = command.environment(opts);
        String prefix = env.isEmpty() ? "" : "ARIADNE_JAVA_OPTS='" + env.get("ARIADNE_JAVA_OPTS") + "' ";
        return prefix + String.join(" ", command.command(arguments(c, dir), opts));
    }
}
