package dev.ariadne.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * A mutation fuzzer: damaged example models and command lines, run through the command in this JVM, must end with
 * a documented exit status other than 1 and print no Java stack trace. Bounded in time; seeded, so a failure repeats
 * with {@code -Dariadne.fuzz.seed=N} ({@code -Dariadne.fuzz.seconds=S} and {@code -Dariadne.fuzz.inputs=N} set the
 * budget). The build runs a fixed seed, so that a red build always names a change and not the dice; a campaign
 * looking for new failures runs {@code -Dariadne.fuzz.seed=random} with a larger budget, and each failure it finds
 * becomes a case of {@link BadInputTest}.
 */
class ModelFuzzTest {
    /** The seed of the build's run. */
    private static final long BUILD_SEED = 20261206L;
    private static final Set<Integer> ALLOWED_EXITS = Set.of(0, 2, 3, 10, 11, 12, 13);
    /** A frame of a Java stack trace, or the name of an exception class. */
    private static final Pattern STACK_TRACE = Pattern.compile(
            "(?m)^\\s+at [\\w$.]+\\(|Exception|\\bjava\\.(lang|util|io|nio)\\.|\\bdev\\.ariadne\\.\\w+\\.");
    private static final Pattern NAME = Pattern.compile(
            "(?m)^\\s*(?:const|invariant|property|var|action|process|fair\\+? process|fair\\+? action)\\s+(\\w+)");
    /** A run that does not return in this time hangs, whatever its --timeout. */
    private static final long HANG_SECONDS = 60;
    private static final int MAX_REPORTED = 10;

    @TempDir
    Path tmp;

    /** One input: the model's text (null: no file written) and the arguments after {@code check}. */
    private record Input(String model, List<String> args) {
        String describe() {
            return "args: " + args + "\n--- model:\n" + (model == null ? "(no file)" : model) + "\n--- end of model";
        }
    }

    @Test
    void mutatedModelsAndCommandLinesNeverFailInternally() throws Exception {
        String seedProperty = System.getProperty("ariadne.fuzz.seed", String.valueOf(BUILD_SEED));
        long seed = seedProperty.equals("random") ? System.nanoTime() : Long.parseLong(seedProperty);
        long seconds = Long.getLong("ariadne.fuzz.seconds", 45);
        long maxInputs = Long.getLong("ariadne.fuzz.inputs", Long.MAX_VALUE);
        System.out.println("ModelFuzzTest: seed " + seed + " (repeat with -Dariadne.fuzz.seed=" + seed + "), budget "
                + seconds + " s");
        Random random = new Random(seed);
        ModelMutator mutator = new ModelMutator(random);
        List<String> seeds = seeds();
        assertTrue(seeds.size() >= 5, "too few seed models: " + seeds.size());

        Map<String, String> failures = new LinkedHashMap<>();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        long count = 0;
        Map<Integer, Integer> exits = new java.util.TreeMap<>();
        ExecutorService runner = newRunner();
        try {
            while (System.nanoTime() < deadline && count < maxInputs && failures.size() < MAX_REPORTED) {
                Input input = next(mutator, seeds);
                Path dir = Files.createDirectories(tmp.resolve("in-" + count));
                count++;
                String problem = runOne(runner, dir, input, exits);
                if (problem == null && Files.isDirectory(dir.resolve("run")) && mutator.chance(40)) {
                    Input after = new Input(input.model(), followUp(mutator));
                    problem = runOne(runner, dir, after, exits);
                    input = problem == null ? input : new Input(input.model(), concat(input.args(), after.args()));
                }
                if (problem != null && problem.startsWith("hang")) {
                    runner.shutdownNow(); // its thread may never return: go on with a fresh one
                    runner = newRunner();
                }
                if (problem != null) {
                    String key = problem.lines().findFirst().orElse(problem);
                    if (!failures.containsKey(key)) {
                        Path saved = save(failures.size(), input, problem);
                        failures.put(key, problem + "\n" + input.describe() + "\nsaved in " + saved);
                    }
                }
                deleteRecursively(dir);
            }
        } finally {
            runner.shutdownNow();
        }
        System.out.println("ModelFuzzTest: " + count + " inputs run (" + exits.values().stream().mapToInt(i -> i).sum()
                + " commands with their trace/resume follow-ups), " + failures.size() + " distinct failures; exit statuses "
                + exits);
        if (!failures.isEmpty()) {
            fail("seed " + seed + ": " + failures.size() + " distinct failures after " + count + " inputs\n\n"
                    + String.join("\n\n========\n\n", failures.values()));
        }
    }

    private static ExecutorService newRunner() {
        return Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "fuzz-run");
            t.setDaemon(true);
            return t;
        });
    }

    private Input next(ModelMutator mutator, List<String> seeds) {
        String base = mutator.pick(seeds);
        String model = mutator.chance(90) ? mutator.mutate(base, mutator.pick(seeds)) : base;
        // a cut through a surrogate pair cannot be written as UTF-8: write what the file would hold, a '?'
        model = new String(model.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);
        List<String> names = new ArrayList<>(names(model));
        List<String> options = mutator.chance(60) ? new ArrayList<>() : mutator.options(names);
        List<String> args = new ArrayList<>();
        args.add("check");
        if (mutator.chance(3)) {
            args.add("missing.ari");
            model = null;
        } else {
            args.add("m.ari");
        }
        args.addAll(options);
        addDefault(args, options, "--workers", "1");
        addDefault(args, options, "--max-depth", "12");
        addDefault(args, options, "--timeout", "2s");
        addDefault(args, options, "--store", "run");
        return new Input(model, args);
    }

    /** A {@code trace} or {@code resume} of the run the check left in {@code run}, with random options. */
    private static List<String> followUp(ModelMutator mutator) {
        List<String> args = new ArrayList<>();
        if (mutator.chance(50)) {
            args.addAll(List.of("trace", "run"));
            if (mutator.chance(40)) {
                args.addAll(List.of("--state", mutator.pick(new String[] {"0000000000000000", "ffffffffffffffff",
                    "xyz", "", "-1", "123456789abcdef0", "7fffffffffffffff1"})));
            }
            if (mutator.chance(40)) {
                args.addAll(List.of("--json", mutator.pick(new String[] {"-", "t.json", "run"})));
            }
        } else {
            args.addAll(List.of("resume", "run", "--workers", "1", "--timeout",
                    mutator.pick(new String[] {"2s", "1ms", "x", "0s"})));
            if (mutator.chance(30)) {
                args.addAll(List.of("--json", mutator.pick(new String[] {"-", "r.json"})));
            }
        }
        return args;
    }

    private static List<String> concat(List<String> first, List<String> then) {
        List<String> all = new ArrayList<>(first);
        all.add("&&");
        all.add("ariadne");
        all.addAll(then);
        return all;
    }

    private static void addDefault(List<String> args, List<String> options, String option, String value) {
        if (!options.contains(option)) {
            args.add(option);
            args.add(value);
        }
    }

    /** Runs one input in {@code dir}; returns what is wrong with its result, or null. */
    private static String runOne(ExecutorService runner, Path dir, Input input, Map<Integer, Integer> exits)
            throws Exception {
        if (input.model() != null) {
            Files.writeString(dir.resolve("m.ari"), input.model(), StandardCharsets.UTF_8);
        }
        Future<Cli.Result> future = runner.submit(() -> Cli.run(dir, input.args()));
        Cli.Result r;
        try {
            r = future.get(HANG_SECONDS, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            return "hang: no result after " + HANG_SECONDS + " s";
        } catch (java.util.concurrent.ExecutionException e) {
            Throwable cause = e.getCause();
            return "uncaught " + cause.getClass().getName() + ": " + cause.getMessage() + "\n"
                    + stackTrace(cause);
        }
        exits.merge(r.exit(), 1, Integer::sum); // one entry per command run, follow-ups included
        if (!ALLOWED_EXITS.contains(r.exit())) {
            return "exit " + r.exit() + ": " + firstLines(r.err()) + "\n" + r;
        }
        Matcher m = STACK_TRACE.matcher(r.out() + r.err());
        if (m.find()) {
            return "stack trace or exception name ('" + m.group() + "') with exit " + r.exit() + ": "
                    + firstLines(r.err() + r.out()) + "\n" + r;
        }
        return null;
    }

    private static String firstLines(String text) {
        return String.join(" | ", text.lines().filter(l -> !l.isBlank()).limit(3).toList());
    }

    private static String stackTrace(Throwable t) {
        java.io.StringWriter w = new java.io.StringWriter();
        t.printStackTrace(new java.io.PrintWriter(w));
        return w.toString();
    }

    /** Saves a failing input as {@code failure-N/m.ari} and {@code failure-N/args.txt} under the test's temp dir. */
    private Path save(int n, Input input, String problem) throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("failure-" + n));
        if (input.model() != null) {
            Files.writeString(dir.resolve("m.ari"), input.model(), StandardCharsets.UTF_8);
        }
        Files.writeString(dir.resolve("args.txt"), String.join("\n", input.args()) + "\n", StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("problem.txt"), problem, StandardCharsets.UTF_8);
        return dir;
    }

    /** Constants, invariants, properties and other declared names of the model, and a few unknown ones. */
    private static Set<String> names(String model) {
        Set<String> names = new TreeSet<>(List.of("NOPE", "Nope", "", "1"));
        Matcher m = NAME.matcher(model);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    /** Every example model, the reference models of the checker, and a few tricky ones. */
    private static List<String> seeds() throws IOException {
        List<String> seeds = new ArrayList<>();
        Path engineTests = Path.of("..", "engine", "src", "test", "resources", "explore", "reference");
        for (Path dir : List.of(Cli.EXAMPLES, Cli.EXAMPLES.resolve("liveness"), engineTests)) {
            if (Files.isDirectory(dir)) {
                try (Stream<Path> files = Files.list(dir)) {
                    for (Path f : files.filter(p -> p.toString().endsWith(".ari")).sorted().toList()) {
                        seeds.add(Files.readString(f));
                    }
                }
            }
        }
        seeds.addAll(TRICKY);
        return seeds;
    }

    /** Beside the examples (examples/liveness has the fair and unfair locks, leads_to and fair actions). */
    private static final List<String> TRICKY = List.of(
            """
            const N = 3
            var n = 0
            var seen = {}

            fair+ action Step(k in range(N)):
                await n < N
                either:
                    n += 1
                or:
                    seen[k] = oneof([1, 2])

            action Reset:
                await n == N
                n = 0

            invariant Small: n <= N
            property Done: eventually n == N
            constraint Bound: len(seen) < 3
            """,
            """
            def fact(k):
                if k <= 1:
                    return 1
                return k * fact(k - 1)

            var xs = [i * i for i in range(4) if i != 2]
            var s = frozenset({1, 2, 3})
            var t = (1, "two", None)

            init:
                assert fact(5) == 120, "fact"
                print(xs, s, t)

            action Grow:
                await len(xs) < 6
                xs.append(len(xs))

            invariant Sorted: xs[0] <= xs[-1]
            """,
            """
            var x = 0
            process P:
                label A
                x = 1
                label B
                goto A
            """);

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
