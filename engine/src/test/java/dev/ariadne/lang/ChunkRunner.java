package dev.ariadne.lang;

import dev.ariadne.api.Ariadne;
import dev.ariadne.load.ModelException;
import dev.ariadne.load.ModelLoader;
import dev.ariadne.result.CheckResult;
import dev.ariadne.expand.ExploreOptions;
import dev.ariadne.storage.MemoryStateStore;
import dev.ariadne.result.Status;
import dev.ariadne.result.Violation;
import dev.ariadne.result.ViolationKind;
import dev.ariadne.lang.compile.Program;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/** Runs a chunk like {@code ariadne check --no-deadlock --workers 1} and checks what it expects. */
final class ChunkRunner {
    private static final Pattern LOCATION = Pattern.compile("^[^:\\n]+:(\\d+):(\\d+): ([^\\n]*)");

    private ChunkRunner() {
    }

    static void run(Chunk c) {
        Program program;
        try {
            program = ModelLoader.load(c.file(), c.text(), Map.of());
        } catch (ModelException e) {
            checkStaticErrors(c, e);
            return;
        }
        if (!c.staticErrors().isEmpty()) {
            fail("expected static errors on lines " + c.staticErrors().keySet() + ", got none");
        }
        List<String> printed = new ArrayList<>();
        ExploreOptions options = ExploreOptions.defaults().withDeadlock(c.deadlock());
        CheckResult r = Ariadne.check(program).workers(1).options(options)
                .onPrint(line -> printed.addAll(List.of(line.split("\n", -1)))).run().result();
        if (r.status() == Status.FAILED) {
            throw new AssertionError("the checker failed", r.failure());
        }
        assertEquals(c.output(), printed, "printed output");
        Violation v = r.violations().isEmpty() ? null : r.violations().get(0);
        String got = v == null ? "no violation" : describe(program, v);
        if (c.errorMessage() != null) {
            ViolationKind want = c.assertion() ? ViolationKind.ASSERTION : ViolationKind.EVAL_ERROR;
            assertTrue(v != null && v.kind() == want, "expected " + want + " on line " + c.errorLine() + ", got " + got);
            assertEquals(c.errorLine(), program.source().line(v.offset()), "line of the error: " + got);
            assertTrue(c.errorMessage().matcher(v.message()).find(),
                    "message '" + v.message() + "' does not match '" + c.errorMessage() + "'");
        } else if (c.invariant() != null) {
            assertTrue(v != null && v.kind() == ViolationKind.INVARIANT && c.invariant().equals(v.name()),
                    "expected invariant " + c.invariant() + " violated, got " + got);
        } else if (c.deadlock()) {
            assertTrue(v != null && v.kind() == ViolationKind.DEADLOCK, "expected a deadlock, got " + got);
        } else {
            assertEquals(Status.OK, r.status(), "expected no violation, got " + got);
        }
        if (c.states() >= 0) {
            assertEquals(c.states(), r.distinct(), "distinct states");
        }
        if (c.depth() >= 0) {
            assertEquals(c.depth(), r.depth(), "depth");
        }
    }

    private static String describe(Program p, Violation v) {
        String where = v.offset() >= 0 ? " at line " + p.source().line(v.offset()) : "";
        return v.kind() + (v.name() != null ? " " + v.name() : "") + where + ": " + v.message();
    }

    private static void checkStaticErrors(Chunk c, ModelException e) {
        Map<Integer, List<String>> byLine = new TreeMap<>();
        for (String err : e.errors()) {
            Matcher m = LOCATION.matcher(err);
            if (!m.find()) {
                fail("unlocated error: " + err);
            }
            byLine.computeIfAbsent(Integer.parseInt(m.group(1)), k -> new ArrayList<>()).add(m.group(3));
        }
        if (c.staticErrors().isEmpty()) {
            fail("unexpected static errors:\n" + e.getMessage());
        }
        for (Map.Entry<Integer, Pattern> want : c.staticErrors().entrySet()) {
            List<String> got = byLine.getOrDefault(want.getKey(), List.of());
            assertTrue(got.stream().anyMatch(msg -> want.getValue().matcher(msg).find()),
                    "line " + want.getKey() + ": expected an error matching '" + want.getValue() + "', got " + got
                            + "\nall errors:\n" + e.getMessage());
        }
        for (Map.Entry<Integer, List<String>> got : byLine.entrySet()) {
            assertTrue(c.staticErrors().containsKey(got.getKey()),
                    "unexpected error on line " + got.getKey() + ": " + got.getValue());
        }
    }
}
