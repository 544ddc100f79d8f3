package dev.ariadne.bench;

import picocli.CommandLine;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The end-to-end benchmark: runs {@code ariadne check} (and TLC on the TLA+ twins) on a fixed
 * set of models, every run a fresh process as a user experiences it, configurations
 * interleaved within each repetition so they share the machine's load; prints Markdown
 * tables and writes the JSON results file.
 */
public final class Harness {
    private final HarnessOptions opts;
    private final PrintStream out;
    private final PrintStream err;

    private Harness(HarnessOptions opts, PrintStream out, PrintStream err) {
        this.opts = opts;
        this.out = out;
        this.err = err;
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /** Runs the harness; returns 0 when every run is valid, 1 when some failed or disagreed, 2 for bad usage. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        HarnessOptions o = new HarnessOptions();
        CommandLine cl = new CommandLine(o);
        try {
            cl.parseArgs(args);
            if (o.help) {
                cl.usage(out);
                return 0;
            }
            if (o.list) {
                for (BenchModel m : Catalogue.all()) {
                    out.printf(Locale.ROOT, "%-9s %-10s %s%s%n", m.name(), m.role(), m.describe(),
                            m.hasTwin() ? "   (TLA+: " + m.tlaModule() + " / " + m.tlaConfig() + ")" : "");
                }
                return 0;
            }
            o.check();
            Catalogue.select(o.models);
        } catch (CommandLine.ParameterException | IllegalArgumentException e) {
            err.println("harness: " + e.getMessage());
            return 2;
        }
        try {
            return new Harness(o, out, err).execute(String.join(" ", args));
        } catch (IOException | RuntimeException e) {
            err.println("harness: " + e);
            return 1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            err.println("harness: interrupted");
            return 3;
        }
    }

    /** Every configuration of a model, in table order: Ariadne per isolation and workers, then TLC. */
    private List<Config> configs(BenchModel m) {
        List<Config> cs = new ArrayList<>();
        for (String iso : opts.isolations) {
            for (int w : opts.workers) {
                cs.add(new Config(m, Config.Tool.ARIADNE, iso, w));
            }
        }
        if (opts.tlc != null && m.hasTwin()) {
            for (int w : opts.workers) {
                cs.add(new Config(m, Config.Tool.TLC, null, w));
            }
        }
        return cs;
    }

    private int execute(String argLine) throws IOException, InterruptedException {
        Path root = opts.root();
        List<BenchModel> models = Catalogue.select(opts.models);
        AriadneCommand command = "classpath".equals(opts.ariadne) ? AriadneCommand.fromClasspath()
                : AriadneCommand.launcher(opts.ariadne == null ? root.resolve("ariadne") : Path.of(opts.ariadne));
        String started = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
        Path outFile = opts.out != null ? opts.out
                : root.resolve("benchmarks/results").resolve(started + ".json");
        err.println("harness: preparing " + command.describe() + " (it builds itself if needed) ...");
        String version = command.version(root);
        boolean ownWork = opts.work == null;
        Path work = ownWork ? Files.createTempDirectory("ariadne-bench-") : Files.createDirectories(opts.work);
        var timeout = opts.timeout();
        var period = java.time.Duration.ofMillis(opts.sampleMillis);
        AriadneRunner ariadne = new AriadneRunner(command, root, HarnessOptions.splitOpts(opts.javaOpts), timeout,
                period, opts.keep);
        TlcRunner tlc = opts.tlc == null ? null : new TlcRunner(opts.tlc, root.resolve("benchmarks/tla"),
                HarnessOptions.splitOpts(opts.tlcJavaOpts), timeout, period, opts.keep);
        Map<String, Object> header = header(argLine, root, command, version, started);

        List<Config> plan = new ArrayList<>();
        models.forEach(m -> plan.addAll(configs(m)));
        List<Measurement> all = new ArrayList<>();
        int total = plan.size() * opts.repeat;
        try {
            for (int r = 0; r < opts.repeat; r++) {
                for (BenchModel m : models) {
                    List<Config> cs = new ArrayList<>(configs(m));
                    // Rotate the order from one repetition to the next: no configuration always runs first.
                    Collections.rotate(cs, -r);
                    for (Config c : cs) {
                        Path dir = work.resolve(String.format(Locale.ROOT, "%03d-%s-%s-w%d-r%d", all.size() + 1,
                                m.name(), c.engine().replace('/', '-'), c.workers(), r + 1));
                        Files.createDirectories(dir);
                        Measurement x = c.tool() == Config.Tool.TLC ? tlc.run(c, r, dir) : ariadne.run(c, r, dir);
                        all.add(x);
                        err.println(progress(all.size(), total, x));
                    }
                }
            }
        } finally {
            if (ownWork && !opts.keep) {
                Host.deleteTree(work);
            }
        }
        if (tlc != null) {
            header.put("tlc_version", tlc.version());
        }
        header.put("finished", LocalDateTime.now().toString());
        header.put("load_average_at_end", Host.loadAverage());

        List<Measurement> checked = CountCheck.validate(all);
        List<Summary> summaries = new ArrayList<>();
        for (Config c : plan) {
            summaries.add(new Summary(c, checked.stream().filter(x -> x.config().key().equals(c.key())).toList()));
        }
        List<Comparisons.VsTlc> vs = Comparisons.vsTlc(summaries);
        List<Comparisons.Ratio> ratios = Comparisons.ratios(summaries, opts.workers);
        out.println();
        out.println("Command: `benchmarks/harness " + argLine + "`  ");
        out.println("Ariadne: " + version + (tlc != null ? "; TLC: " + tlc.version() : "") + "; "
                + Host.describe().get("cores") + " cores; " + opts.repeat + " repetitions");
        out.println();
        Report.print(out, summaries, vs, ratios);
        ResultsFile.write(outFile, ResultsFile.build(header, checked, summaries, vs, ratios,
                c -> c.tool() == Config.Tool.TLC ? tlc.describe(c) : ariadne.describe(c)));
        out.println();
        out.println("Results: " + outFile);
        if (ownWork && opts.keep) {
            out.println("Run directories: " + work);
        }
        return checked.stream().allMatch(Measurement::valid) ? 0 : 1;
    }

    private Map<String, Object> header(String argLine, Path root, AriadneCommand command, String version,
                                       String started) {
        Map<String, Object> h = new LinkedHashMap<>();
        h.put("harness", "dev.ariadne.bench.Harness");
        h.put("format", 1);
        h.put("command", "benchmarks/harness " + argLine);
        h.put("started", started);
        h.put("root", root.toString());
        h.put("ariadne", command.describe());
        h.put("ariadne_version", version);
        h.put("tlc_jar", opts.tlc == null ? null : opts.tlc.toAbsolutePath().toString());
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("models", opts.models);
        o.put("workers", opts.workers);
        o.put("isolations", opts.isolations);
        o.put("repeat", opts.repeat);
        o.put("timeout_seconds", opts.timeout().toSeconds());
        o.put("sample_ms", opts.sampleMillis);
        o.put("java_opts", opts.javaOpts);
        o.put("tlc_java_opts", opts.tlc == null ? null : opts.tlcJavaOpts);
        h.put("options", o);
        h.put("host", Host.describe());
        h.put("methods", Map.of(
                "peak_rss", "sum of VmRSS over the process tree, sampled from /proc every sample_ms",
                "cpu_seconds", "utime+stime+cutime+cstime of the process tree from /proc/<pid>/stat, at the last sample",
                "gc_pause_seconds", "stop-the-world pauses in the GC logs of all the run's JVMs, summed",
                "heap", "-Xlog:gc,gc+heap+exit:file=DIR/gc-%p.log on every JVM; largest heap after a collection",
                "disk", "du -s -B1 of the run directory after the run",
                "search_seconds", "Ariadne: elapsed_seconds of the JSON report; TLC: from 'Starting...' to 'Finished in'",
                "collision_probability", "Ariadne: Fingerprint.collisionProbability(distinct) = n^2/2^65; "
                        + "TLC: its own 'calculated (optimistic)' estimate"));
        return h;
    }

    private static String progress(int i, int total, Measurement m) {
        String head = String.format(Locale.ROOT, "[%d/%d] %s run %d: ", i, total, m.config().key(), m.repeat() + 1);
        if (!m.valid()) {
            return head + "ERROR " + m.error();
        }
        return head + String.format(Locale.ROOT, "%,d distinct, depth %d, wall %.2f s, search %s s, CPU %s s, "
                        + "peak RSS %s MB, load %.1f", m.distinct(), m.depth(), m.wallSeconds(),
                m.searchSeconds() == null ? "?" : String.format(Locale.ROOT, "%.2f", m.searchSeconds()),
                m.cpuSeconds() == null ? "?" : String.format(Locale.ROOT, "%.2f", m.cpuSeconds()),
                m.peakRssBytes() == null ? "?" : Report.mb(m.peakRssBytes()),
                m.loadBefore() == null ? 0.0 : m.loadBefore());
    }
}
