package dev.ariadne.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Runs TLC on a model's TLA+ twin as {@code benchmarks/tla/README.md} does
 * ({@code java -XX:+UseParallelGC -cp tla2tools.jar tlc2.TLC -workers N -metadir ...}),
 * measured the same way as an Ariadne run.
 */
final class TlcRunner {
    /** The JVM options the TLA+ README used for its timings; TLC's own defaults otherwise. */
    static final List<String> DEFAULT_JAVA_OPTS = List.of("-XX:+UseParallelGC");

    private final Path jar;
    private final Path tlaDir;
    private final List<String> javaOpts;
    private final Duration timeout;
    private final Duration samplePeriod;
    private final boolean keep;
    private volatile String version;

    TlcRunner(Path jar, Path tlaDir, List<String> javaOpts, Duration timeout, Duration samplePeriod, boolean keep) {
        this.jar = jar.toAbsolutePath();
        this.tlaDir = tlaDir;
        this.javaOpts = List.copyOf(javaOpts);
        this.timeout = timeout;
        this.samplePeriod = samplePeriod;
        this.keep = keep;
    }

    String version() {
        return version;
    }

    List<String> command(Config c, Path runDir) {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.addAll(javaOpts);
        cmd.add(GcLog.option(runDir.resolve("gc")));
        // TLC copies its standard modules to the temporary directory: keep them in the run's.
        cmd.add("-Djava.io.tmpdir=" + runDir.resolve("tmp"));
        cmd.addAll(List.of("-cp", jar.toString(), "tlc2.TLC", "-workers", Integer.toString(c.workers()),
                "-metadir", runDir.resolve("meta").toString()));
        cmd.addAll(c.model().tlcFlags());
        cmd.addAll(List.of("-config", c.model().tlaConfig(), c.model().tlaModule()));
        return cmd;
    }

    Measurement run(Config c, int repeat, Path runDir) throws IOException, InterruptedException {
        Path spec = runDir.resolve("spec");
        Files.createDirectories(spec);
        Files.createDirectories(runDir.resolve("gc"));
        Files.createDirectories(runDir.resolve("tmp"));
        // A copy of the specs: TLC writes next to them on some errors, never into the repository.
        try (Stream<Path> files = Files.list(tlaDir)) {
            for (Path f : files.filter(f -> f.toString().endsWith(".tla")).toList()) {
                Files.copy(f, spec.resolve(f.getFileName()));
            }
        }
        Files.copy(tlaDir.resolve(c.model().tlaConfig()), spec.resolve(c.model().tlaConfig()));
        long[] marks = {-1, -1};
        MeasuredRun.Outcome o = MeasuredRun.run(command(c, runDir), spec, Map.of(), runDir, timeout, samplePeriod,
                (nanos, line) -> {
                    if (TlcOutput.isStart(line) && marks[0] < 0) {
                        marks[0] = nanos;
                    } else if (TlcOutput.isEnd(line)) {
                        marks[1] = nanos;
                    }
                });
        try {
            return measure(c, repeat, runDir, o, marks);
        } finally {
            if (!keep) {
                Host.deleteTree(runDir);
            }
        }
    }

    private Measurement measure(Config c, int repeat, Path runDir, MeasuredRun.Outcome o, long[] marks)
            throws IOException {
        TlcOutput t = TlcOutput.parse(Files.readAllLines(runDir.resolve("out.txt")));
        if (t.version() != null) {
            version = t.version();
        }
        String error = null;
        if (o.timedOut()) {
            error = "killed at the time limit (" + timeout.toSeconds() + " s)";
        } else if (!"ok".equals(t.status()) || o.exitCode() != 0) {
            error = "exit " + o.exitCode() + (t.firstError() != null ? ", " + t.firstError()
                    : ", no verdict: " + AriadneRunner.lastLine(runDir.resolve("err.txt")));
        } else if (t.distinct() == null) {
            error = "no state counts in TLC's output";
        }
        Double search = marks[0] > 0 && marks[1] > marks[0] ? (marks[1] - marks[0]) / 1e9 : null;
        GcLog.Heap heap = o.rootHeap();
        return new Measurement(c, repeat, o.exitCode(), error, t.status(), t.distinct(), t.generated(), t.depth(),
                o.wallSeconds(), search, AriadneRunner.cpu(o),
                AriadneRunner.positive(o.peak().rssBytes()), AriadneRunner.positive(o.peak().anonBytes()),
                o.peak().maxJvms(),
                heap == null ? null : AriadneRunner.positive(heap.peakAfterGc()),
                heap == null ? null : AriadneRunner.positive(heap.peakUsed()),
                null, o.heaps().isEmpty() ? null : o.gcPauseSeconds(), null, null, t.collision(), o.loadBefore(), o.loadAfter());
    }

    String describe(Config c) {
        return "(cd RUN/spec && " + String.join(" ", command(c, Path.of("RUN"))) + ")";
    }
}
