package dev.ariadne.spark;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What a model prints while the executors run it reaches the driver's output: every line
 * the single-machine engine prints, each state's lines in the order that state printed them.
 */
class PrintForwardingTest {
    @TempDir
    Path tmp;

    /** Each line starts with the state that printed it, so that lines can be grouped by state. */
    private static final String MODEL = """
            var x = 0
            var y = 0

            init:
                print("init")

            action IncX:
                await x < 3
                print(x, y, "x: first")
                print(x, y, "x: second")
                x += 1

            action IncY:
                await y < 2
                print(x, y, "y: only")
                y += 1

            invariant Small:
                x + y < 10
            """;

    @Test
    void theLinesOfEachStateInTheirOrder() throws IOException {
        LocalSpark.context();
        Path model = Files.writeString(tmp.resolve("talk.ari"), MODEL);
        Cli single = Cli.run(tmp.resolve("local.json"), "check", model.toString(), "--progress", "0", "--no-deadlock",
                "--workers", "1", "--store", tmp.resolve("local").toString());
        Cli spark = Cli.run(tmp.resolve("spark.json"), "check", model.toString(), "--progress", "0", "--no-deadlock",
                "--engine", "spark", "--master", "local[2]", "--partitions", "3",
                "--store", tmp.resolve("spark").toString());
        assertEquals(0, single.exit(), single.err());
        assertEquals(0, spark.exit(), spark.err());
        List<String> expected = printed(single.out());
        List<String> got = printed(spark.out());
        // 12 states: init prints once, IncX three lines... two per state with x < 3, IncY one per state with y < 2
        assertEquals(1 + 2 * 9 + 8, expected.size(), single.out());
        assertEquals(byState(expected), byState(got), spark.out());
        assertEquals("init", got.get(0), "the initial state's line, printed by the driver, first");
    }

    /** The lines the model printed, in order: everything but the command's own report. */
    private static List<String> printed(String out) {
        return out.lines().filter(l -> l.equals("init") || l.matches("\\d+ \\d+ .*")).toList();
    }

    /** Each state's lines in the order printed, by state. */
    private static Map<String, List<String>> byState(List<String> lines) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (String l : lines) {
            String state = l.equals("init") ? "init" : l.substring(0, l.indexOf(' ', l.indexOf(' ') + 1));
            out.computeIfAbsent(state, k -> new ArrayList<>()).add(l);
        }
        assertTrue(out.size() > 1);
        return new java.util.TreeMap<>(out);
    }
}
