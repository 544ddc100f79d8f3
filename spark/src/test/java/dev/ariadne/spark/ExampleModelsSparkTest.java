package dev.ariadne.spark;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The example models on Spark in {@code local[2]} against the single-machine engine: the
 * same verdict, distinct states, depth, violation and shortest-trace length, and the golden
 * values of their {@code .expected} files (verified with TLC and the Python checker); for a
 * violated run, the counts of the levels up to the violation's, as the single-machine engine
 * counts them with {@code --max-depth} and {@code --continue}. Per
 * model, the finished run of least depth and the violated run of shortest trace (some 190
 * levels in all, at a Spark job each); every run with {@code -Dariadne.spark.allExamples=true}
 * (some 770 levels).
 */
class ExampleModelsSparkTest {
    @TempDir
    static Path tmp;
    private static int runs;

    @TestFactory
    Stream<DynamicTest> examples() throws IOException {
        boolean all = Boolean.getBoolean("ariadne.spark.allExamples");
        List<DynamicTest> tests = new ArrayList<>();
        Path dir = Path.of("..", "examples");
        try (Stream<Path> s = Files.list(dir)) {
            for (Path expected : s.filter(p -> p.toString().endsWith(".expected")).sorted().toList()) {
                Path model = dir.resolve(expected.getFileName().toString().replace(".expected", ".ari"));
                List<Map<String, String>> chosen = read(expected);
                if (!all) {
                    chosen = shortest(chosen);
                }
                for (Map<String, String> e : chosen) {
                    tests.add(DynamicTest.dynamicTest(model.getFileName() + " " + e.get("args"), () -> check(model, e)));
                }
            }
        }
        return tests.stream();
    }

    private static void check(Path model, Map<String, String> e) throws IOException {
        LocalSpark.context();
        int n = runs++;
        List<String> args = new ArrayList<>(List.of("check", model.toString(), "--progress", "0"));
        if (!e.get("args").isBlank()) {
            args.addAll(Arrays.asList(e.get("args").split("\\s+")));
        }
        List<String> local = new ArrayList<>(args);
        local.addAll(List.of("--store", tmp.resolve("local-" + n).toString(), "--workers", "2"));
        Cli single = Cli.run(tmp.resolve("local-" + n + ".json"), local.toArray(String[]::new));
        List<String> spark = new ArrayList<>(args);
        spark.addAll(List.of("--engine", "spark", "--master", "local[2]", "--store", tmp.resolve("spark-" + n).toString()));
        Cli distributed = Cli.run(tmp.resolve("spark-" + n + ".json"), spark.toArray(String[]::new));
        if (distributed.exit() == 2 && distributed.err().contains("cannot check temporal properties yet")) {
            // The engine refuses what it cannot check (never ignores it): only models with temporal properties.
            assertTrue(Files.readString(model).matches("(?s).*\\bproperty\\b.*(eventually|leads_to).*"),
                    "refused a model without temporal properties: " + distributed.err());
            return;
        }
        assertEquals(single.exit(), distributed.exit(), "exit status; stderr: " + distributed.err());
        assertEquals(single.summary(), distributed.summary(), "the engines disagree");
        assertEquals(e.get("status"), distributed.field("status"));
        if (e.containsKey("distinct")) {
            assertEquals(e.get("distinct"), distributed.field("distinct_states"));
        }
        if (e.containsKey("depth")) {
            assertEquals(e.get("depth"), distributed.field("depth"));
        }
        if (e.containsKey("trace_length")) {
            assertEquals(Long.parseLong(e.get("trace_length")), distributed.traceStates());
        }
        if (e.containsKey("kind")) {
            assertEquals(e.get("kind"), distributed.field("kind"));
        }
        assertEquals("", distributed.err(), "nothing on standard error (no Spark log)");
        if (!"ok".equals(distributed.field("status")) && !"0".equals(distributed.field("depth"))) {
            // A violation stops the search in its level: the counts are those of the complete levels up to the
            // violating state's (docs/spark.md), which the single-machine engine counts when told to go that deep.
            List<String> levels = new ArrayList<>(args);
            levels.addAll(List.of("--max-depth", distributed.field("depth"), "--continue", "--workers", "2",
                    "--store", tmp.resolve("levels-" + n).toString()));
            Cli upTo = Cli.run(tmp.resolve("levels-" + n + ".json"), levels.toArray(String[]::new));
            assertEquals(counts(upTo), counts(distributed), "the counts of a violated run");
        }
    }

    private static String counts(Cli r) {
        return "distinct=" + r.field("distinct_states") + " generated=" + r.field("generated_states")
                + " depth=" + r.field("depth");
    }

    /** Of a file's runs, the finished one with the least depth and the violated one with the shortest trace. */
    private static List<Map<String, String>> shortest(List<Map<String, String>> runs) {
        java.util.Comparator<Map<String, String>> levels = java.util.Comparator.comparingInt(
                r -> Integer.parseInt(r.getOrDefault("depth", r.getOrDefault("trace_length", "1000"))));
        List<Map<String, String>> out = new ArrayList<>();
        runs.stream().filter(r -> r.get("status").equals("ok")).min(levels).ifPresent(out::add);
        runs.stream().filter(r -> !r.get("status").equals("ok")).min(levels).ifPresent(out::add);
        return out;
    }

    /** The runs of an {@code .expected} file: {@code key: value} lines, runs separated by {@code ---}. */
    static List<Map<String, String>> read(Path expected) throws IOException {
        List<Map<String, String>> runs = new ArrayList<>();
        for (String chunk : Files.readString(expected).split("\n---")) {
            Map<String, String> run = new LinkedHashMap<>();
            for (String line : chunk.split("\n")) {
                int colon = line.indexOf(':');
                if (!line.startsWith("#") && colon > 0) {
                    run.put(line.substring(0, colon).strip(), line.substring(colon + 1).strip());
                }
            }
            if (run.containsKey("status")) {
                run.putIfAbsent("args", "");
                runs.add(run);
            }
        }
        return runs;
    }
}
