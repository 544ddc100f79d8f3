package dev.ariadne.bench;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The harness's command line. */
@Command(name = "benchmarks/harness", sortOptions = false,
        description = {"Runs ariadne check (and, with --tlc, TLC on the TLA+ twins) on a fixed set of models, "
                + "each run a fresh process, interleaved and repeated; prints Markdown tables and writes a JSON file."})
final class HarnessOptions {
    @Option(names = "--models", split = ",", paramLabel = "NAME",
            description = "Models to run (default: ${DEFAULT-VALUE}); --list shows them all.")
    List<String> models = new ArrayList<>(Catalogue.DEFAULT);

    @Option(names = "--workers", split = ",", paramLabel = "N", description = "Worker counts (default: ${DEFAULT-VALUE}).")
    List<Integer> workers = new ArrayList<>(List.of(1, 2));

    @Option(names = "--isolation", split = ",", paramLabel = "thread|process",
            description = "Ariadne's isolations (default: ${DEFAULT-VALUE}).")
    List<String> isolations = new ArrayList<>(List.of("thread", "process"));

    @Option(names = "--repeat", paramLabel = "K", description = "Runs of every configuration (default: ${DEFAULT-VALUE}).")
    int repeat = 3;

    @Option(names = "--tlc", paramLabel = "JAR", description = "tla2tools.jar: also run TLC on the models' TLA+ twins.")
    Path tlc;

    @Option(names = "--out", paramLabel = "FILE",
            description = "The JSON results (default: benchmarks/results/<yyyyMMdd-HHmmss>.json).")
    Path out;

    @Option(names = "--timeout", paramLabel = "DURATION", description = "Time limit of one run: 90s, 30m, 2h "
            + "(default: ${DEFAULT-VALUE}); a run over it is killed and reported as an error.")
    String timeout = "30m";

    @Option(names = "--sample-ms", paramLabel = "MS", description = "RSS sampling period (default: ${DEFAULT-VALUE}).")
    int sampleMillis = 50;

    @Option(names = "--java-opts", paramLabel = "OPTS",
            description = "Extra JVM options for Ariadne (passed in ARIADNE_JAVA_OPTS), e.g. -Xmx4g.")
    String javaOpts = "";

    @Option(names = "--tlc-java-opts", paramLabel = "OPTS", description = "JVM options for TLC (default: ${DEFAULT-VALUE}).")
    String tlcJavaOpts = String.join(" ", TlcRunner.DEFAULT_JAVA_OPTS);

    @Option(names = "--ariadne", paramLabel = "PATH|classpath",
            description = "The ariadne launcher (default: ROOT/ariadne); 'classpath': java with this JVM's class path.")
    String ariadne;

    @Option(names = "--root", paramLabel = "DIR", description = "The repository (default: found from the current directory).")
    Path root;

    @Option(names = "--work", paramLabel = "DIR",
            description = "Where run directories go (default: a new directory under the system's temporary directory).")
    Path work;

    @Option(names = "--keep", description = "Keep every run directory (stores, logs, GC logs) under --work.")
    boolean keep;

    @Option(names = "--list", description = "List the models and exit.")
    boolean list;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
    boolean help;

    private static final Pattern DURATION = Pattern.compile("(\\d+)(ms|s|m|h)");

    Duration timeout() {
        String t = timeout.trim().toLowerCase(Locale.ROOT);
        if (t.matches("\\d+")) {
            return Duration.ofSeconds(Long.parseLong(t));
        }
        Matcher m = DURATION.matcher(t);
        Duration d = Duration.ZERO;
        int end = 0;
        while (m.find() && m.start() == end) {
            long n = Long.parseLong(m.group(1));
            d = d.plus(switch (m.group(2)) {
                case "ms" -> Duration.ofMillis(n);
                case "s" -> Duration.ofSeconds(n);
                case "m" -> Duration.ofMinutes(n);
                default -> Duration.ofHours(n);
            });
            end = m.end();
        }
        if (end != t.length() || d.isZero()) {
            throw new IllegalArgumentException("--timeout: not a duration: '" + timeout + "' (e.g. 90s, 30m, 1h30m)");
        }
        return d;
    }

    /** --root, else the property the launcher sets, else the nearest directory up with ./ariadne and benchmarks/. */
    Path root() {
        if (root != null) {
            return root.toAbsolutePath().normalize();
        }
        String prop = System.getProperty("ariadne.root");
        if (prop != null) {
            return Path.of(prop).toAbsolutePath().normalize();
        }
        for (Path d = Path.of("").toAbsolutePath(); d != null; d = d.getParent()) {
            if (Files.isRegularFile(d.resolve("ariadne")) && Files.isDirectory(d.resolve("benchmarks/tla"))) {
                return d;
            }
        }
        throw new IllegalArgumentException("cannot find the repository (a directory with ./ariadne and "
                + "benchmarks/tla): run from inside it or give --root");
    }

    static List<String> splitOpts(String s) {
        return s == null || s.isBlank() ? List.of() : List.of(s.trim().split("\\s+"));
    }

    void check() {
        if (repeat < 1) {
            throw new IllegalArgumentException("--repeat must be at least 1");
        }
        if (workers.isEmpty() || workers.stream().anyMatch(w -> w < 1)) {
            throw new IllegalArgumentException("--workers must be positive numbers");
        }
        for (String i : isolations) {
            if (!i.equals("thread") && !i.equals("process")) {
                throw new IllegalArgumentException("--isolation must be thread or process, not '" + i + "'");
            }
        }
        if (tlc != null && !Files.isRegularFile(tlc)) {
            throw new IllegalArgumentException("--tlc: no such file: " + tlc);
        }
        if (sampleMillis < 1) {
            throw new IllegalArgumentException("--sample-ms must be positive");
        }
        timeout();
    }
}
