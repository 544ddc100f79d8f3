package dev.ariadne.api;

import dev.ariadne.result.Progress;
import dev.ariadne.result.PropertyVerdict;
import dev.ariadne.result.Status;
import dev.ariadne.result.ViolationKind;
import dev.ariadne.value.Repr;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Java API end to end, with the real store on the class path. Counts are the
 * examples' verified ones (TLC twins, see the headers of examples/peterson.ari and
 * examples/filter_lock.ari): Peterson 42 distinct states, depth 11, and with BROKEN=True
 * MutualExclusion violated by a 9-state trace; the filter lock 50 states for N=2, 843 for N=3.
 */
class JavaApiTest {
    private static final Path EXAMPLES = Path.of("..", "examples").toAbsolutePath().normalize();
    private static final Path PETERSON = EXAMPLES.resolve("peterson.ari");
    private static final Path FILTER = EXAMPLES.resolve("filter_lock.ari");

    @TempDir
    Path tmp;

    @Test
    void aCheckInMemoryGivesTheVerdictAndCounts() {
        CheckReport r = Ariadne.check(PETERSON).workers(2).run();
        assertTrue(r.passed(), r::toString);
        assertEquals(42, r.distinctStates());
        assertEquals(11, r.depth());
        assertNull(r.runDirectory(), "in memory by default");
        assertEquals("False", Repr.repr(r.constants().get("BROKEN")));
    }

    @Test
    void aViolationComesWithItsTraceAsValues() {
        CheckReport r = Ariadne.check(PETERSON).constant("BROKEN", "True").workers(2).run();
        assertEquals(Status.VIOLATION, r.status());
        Counterexample c = r.violation();
        assertEquals(ViolationKind.INVARIANT, c.kind());
        assertEquals("MutualExclusion", c.name());
        assertEquals(46, c.location().line());
        assertEquals(9, c.states().size());
        assertEquals("Init", c.stepNames().get(0));
        assertEquals("[True, True]", Repr.repr(c.lastValue("flag")), "both processes want in, both are in");
        assertTrue(c.toString().startsWith("Invariant MutualExclusion is violated\n"), c::toString);
    }

    @Test
    void aMatrixGivesOneReportPerCombination() {
        CheckBuilder check = Ariadne.check(FILTER).constant("N", "2", "3").workers(2);
        List<CheckReport> reports = check.runAll();
        assertEquals(List.of("N=2", "N=3"), reports.stream().map(CheckReport::label).toList());
        assertEquals(List.of(50L, 843L), reports.stream().map(CheckReport::distinctStates).toList());
        assertThrows(IllegalStateException.class, check::run, "run() is for one run");
    }

    @Test
    void processIsolationFindsTheSame() {
        CheckReport r = Ariadne.check(PETERSON).workers(2).isolation(Isolation.PROCESS).run();
        assertEquals(42, r.distinctStates());
        assertEquals(11, r.depth());
    }

    @Test
    void aStoredRunCanBeOpenedForItsVerdictAndTraces() {
        Path dir = tmp.resolve("run");
        CheckReport r = Ariadne.check(PETERSON).constant("BROKEN", "True").storeIn(dir).run();
        assertEquals(dir, r.runDirectory());
        try (StoredRun stored = Ariadne.open(dir)) {
            assertEquals(Status.VIOLATION, stored.status());
            List<Counterexample> found = stored.violations();
            assertEquals(1, found.size());
            assertEquals(r.violation().toString(), found.get(0).toString(), "the same violation and trace");
        }
        CheckReport again = Ariadne.resume(dir).run();
        assertEquals(Status.VIOLATION, again.status(), "a finished run reports its result again");
    }

    @Test
    void aStoppedRunResumesToTheResultOfAnUninterruptedOne() {
        Path dir = tmp.resolve("run");
        try (Session s = Ariadne.check(PETERSON).storeUnder(tmp).prepare()) {
            s.requestStop(); // before the start: the run stops at its first merge, resumably
            s.start();
            assertEquals(Status.INTERRUPTED, s.await().get(0).status());
            Path made = s.runs().get(0).directory();
            assertTrue(made.getFileName().toString().startsWith("peterson-"), made::toString);
            dir = made;
        }
        CheckReport r = Ariadne.resume(dir).workers(2).run();
        assertTrue(r.passed(), r::toString);
        assertEquals(42, r.distinctStates());
        assertEquals(11, r.depth());
    }

    @Test
    void aStoredMatrixResumesAsOne() {
        Path dir = tmp.resolve("m");
        Ariadne.check(FILTER).constant("N", "2", "3").storeIn(dir).runAll();
        assertTrue(Files.isRegularFile(dir.resolve(Matrix.INDEX)));
        ResumeBuilder resume = Ariadne.resume(dir);
        assertTrue(resume.isMatrix());
        assertEquals(List.of(50L, 843L), resume.runAll().stream().map(CheckReport::distinctStates).toList());
    }

    @Test
    void badInputIsACheckExceptionThatSaysWhat() {
        CheckException model = assertThrows(CheckException.class,
                () -> Ariadne.check("bad.ari", "var x = \n").run());
        assertFalse(model.modelErrors().isEmpty());
        assertTrue(model.modelErrors().get(0).startsWith("bad.ari:1:"), model.getMessage());

        CheckException selection = assertThrows(CheckException.class,
                () -> Ariadne.check(PETERSON).invariants("NoSuch").run());
        assertTrue(selection.getMessage().contains("'NoSuch': no invariant of that name"), selection.getMessage());

        CheckException missing = assertThrows(CheckException.class, () -> Ariadne.resume(tmp.resolve("none")).run());
        assertTrue(missing.getMessage().endsWith("no such run directory"), missing.getMessage());

        assertThrows(IllegalArgumentException.class, () -> Ariadne.check(PETERSON).workers(0));
        assertThrows(IllegalArgumentException.class, () -> Ariadne.check(PETERSON).maxDepth(0));
    }

    @Test
    void propertyVerdictsAndProgressNotesReachTheCaller() {
        List<Progress> progress = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
        CheckReport r = Ariadne.check(EXAMPLES.resolve("liveness/lock_wf.ari")).workers(2)
                .onProgress(progress::add).run();
        assertEquals(Status.LIVENESS, r.status());
        assertEquals(8, r.distinctStates());
        assertEquals(4, r.depth());
        assertEquals("Served(0)", r.violation().name());
        assertEquals(PropertyVerdict.Verdict.VIOLATED, r.property("Served(0)").verdict());
        assertEquals(PropertyVerdict.Verdict.VIOLATED, r.property("Served(1)").verdict());
        assertTrue(progress.stream().anyMatch(p -> p.note() != null), "the property check's notes: " + progress);
    }
}
