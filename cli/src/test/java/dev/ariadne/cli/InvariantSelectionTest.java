package dev.ariadne.cli;

import dev.ariadne.api.RunMetadata;

import dev.ariadne.expand.ExploreOptions;
import dev.ariadne.storage.MemoryStateStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static dev.ariadne.cli.Json.at;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code check --invariant NAME} and {@code --property NAME}: only the named ones are checked, unknown names are exit 2. */
class InvariantSelectionTest {
    private static final String MODEL = """
            var x = 0
            fair action Inc:
                x = (x + 1) % 4
            invariant Small: x < 2
            invariant NonNegative: x >= 0
            invariant NotThree: x != 3
            property Grows: eventually x == 3
            """;

    @TempDir
    Path tmp;

    private String model() throws IOException {
        Path p = tmp.resolve("count.ari");
        Files.writeString(p, MODEL);
        return p.toString();
    }

    @Test
    void withoutTheOptionEveryInvariantIsChecked() throws IOException {
        Cli.Result r = Cli.run(tmp, "check", model(), "--store", "run", "--json", "-");
        assertEquals(10, r.exit(), r::toString);
        assertEquals("Small", at(Json.parse(r.out()), "runs", 0, "violation", "name"));
    }

    @Test
    void onlyTheNamedInvariantsAreChecked() throws IOException {
        Cli.Result ok = Cli.run(tmp, "check", model(), "--store", "a", "--invariant", "NonNegative", "--json", "-");
        assertEquals(0, ok.exit(), ok::toString);
        assertEquals(4L, at(Json.parse(ok.out()), "runs", 0, "distinct_states"));
        Cli.Result second = Cli.run(tmp, "check", model(), "--store", "b", "--invariant", "NonNegative",
                "--invariant", "NotThree", "--json", "-");
        assertEquals(10, second.exit(), second::toString);
        assertEquals("NotThree", at(Json.parse(second.out()), "runs", 0, "violation", "name"));
    }

    @Test
    void workerProcessesCheckTheSameSelection() throws IOException {
        Cli.Result r = Cli.run(tmp, "check", model(), "--store", "run", "--isolation", "process", "--workers", "1",
                "--invariant", "NonNegative", "--json", "-");
        assertEquals(0, r.exit(), r::toString);
        assertEquals(4L, at(Json.parse(r.out()), "runs", 0, "distinct_states"));
    }

    @Test
    void anUnknownInvariantIsExitTwoAndNamesTheDeclaredOnes() throws IOException {
        Cli.Result r = Cli.run(tmp, "check", model(), "--store", "run", "--invariant", "Smal");
        assertEquals(2, r.exit(), r::toString);
        assertTrue(r.err().contains("--invariant 'Smal': no invariant of that name (the model declares 'Small', "
                + "'NonNegative', 'NotThree')"), r::toString);
        assertTrue(Files.notExists(tmp.resolve("run")) || isEmpty(tmp.resolve("run")), "no run is started");
    }

    @Test
    void propertiesAreSelectedByNameToo() throws IOException {
        Cli.Result ok = Cli.run(tmp, "check", model(), "--store", "a", "--invariant", "NonNegative",
                "--property", "Grows");
        assertEquals(0, ok.exit(), ok::toString);
        Cli.Result bad = Cli.run(tmp, "check", model(), "--store", "b", "--property", "Shrinks");
        assertEquals(2, bad.exit(), bad::toString);
        assertTrue(bad.err().contains("--property 'Shrinks': no property of that name (the model declares only "
                + "'Grows')"), bad::toString);
    }

    @Test
    void aResumedRunKeepsItsSelection() {
        MemoryStateStore store = new MemoryStateStore();
        ExploreOptions o = ExploreOptions.defaults().withInvariants(List.of("NonNegative")).withProperties(List.of());
        new RunMetadata("m.ari", "text", "sha", "hash", 1, 1, Map.of(), true, 0, false, 200, o.space().invariants(),
                o.space().properties(), "v", true).save(store);
        RunMetadata back = RunMetadata.load(store, "run");
        assertEquals(List.of("NonNegative"), back.invariants());
        assertEquals(List.of(), back.properties());
        new RunMetadata("m.ari", "text", "sha", "hash", 1, 1, Map.of(), true, 0, false, 200, null, null, "v", true)
                .save(store = new MemoryStateStore());
        assertNull(RunMetadata.load(store, "run").invariants(), "no option: every invariant");
    }

    private static boolean isEmpty(Path dir) throws IOException {
        try (var s = Files.list(dir)) {
            return s.findAny().isEmpty();
        }
    }
}
