package dev.ariadne.explore;

import dev.ariadne.api.Ariadne;
import dev.ariadne.lang.compile.Program;
import dev.ariadne.load.ModelException;
import dev.ariadne.load.ModelLoader;
import dev.ariadne.result.CheckResult;
import dev.ariadne.result.Violation;
import dev.ariadne.storage.MemoryStateStore;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An invariant checked conjunct by conjunct, with the results of conjuncts kept by the
 * values they read, reports what the same invariant checked whole reports: the same
 * counts, violation, message, location and traceback. The whole form is the same text
 * with {@code or enabled("IncA") and 1 < 0} after it (false, as {@code or 1 < 0}), so that
 * its top-level operator is not {@code and}, it reads more than globals (it is evaluated
 * in every state, as before the cache) and every offset before stays where it was.
 */
class InvariantConjunctsTest {
    private static final String MODEL = """
            var a = 0
            var b = 0
            var s = set()
            action IncA:
                require a < 4
                a += 1
                s.add(a)
            action IncB:
                require b < 3
                b += 1
            def ratio(x):
                pass
                return 12 // (4 - x) + b
            """;

    private static void sameAsWhole(String invariant) throws ModelException {
        sameAsWhole(MODEL, invariant);
    }

    private static void sameAsWhole(String model, String invariant) throws ModelException {
        Program split = ModelLoader.load("m.ari", model + invariant + "\n", Map.of());
        Program whole = ModelLoader.load("m.ari", model + invariant + " or enabled(\"IncA\") and 1 < 0\n", Map.of());
        assertTrue(split.invariants().get(0).conjuncts().stream().anyMatch(c -> c.cacheable()), "something is cached");
        assertEquals(1, whole.invariants().get(0).conjuncts().size(), "the other is checked whole");
        assertFalse(whole.invariants().get(0).conjuncts().get(0).cacheable(), "and always evaluated");
        for (int run = 0; run < 4; run++) {
            int workers = 1 + run % 2;
            boolean keepGoing = run >= 2; // --continue: every violating state is reported
            CheckResult r1 = check(split, workers, keepGoing);
            CheckResult r2 = check(whole, workers, keepGoing);
            assertEquals(r2.status(), r1.status(), invariant);
            assertEquals(r2.distinct(), r1.distinct(), invariant);
            assertEquals(r2.generated(), r1.generated(), invariant);
            assertEquals(r2.depth(), r1.depth(), invariant);
            assertEquals(describe(r2.violations()), describe(r1.violations()), invariant);
            assertEquals(r2.violationCount(), r1.violationCount(), invariant);
        }
    }

    private static CheckResult check(Program p, int workers, boolean keepGoing) {
        var b = Ariadne.check(p).workers(workers).store(new MemoryStateStore());
        return (keepGoing ? b.keepGoing().maxViolations(1000) : b).run().result();
    }

    private static List<String> describe(List<Violation> vs) {
        return vs.stream().map(v -> v.kind() + " " + v.name() + " " + v.message() + " @" + v.offset() + " "
                + Long.toHexString(v.stateFp()) + " " + v.traceback()).toList();
    }

    @Test
    void aRuntimeErrorInACalledDefUnderNewValues() throws ModelException {
        sameAsWhole("invariant I: a >= 0 and len(s) <= 4 and ratio(a) > 0");
    }

    @Test
    void aCombinationReachedLate() throws ModelException {
        sameAsWhole("invariant I: a <= 4 and b <= 3 and (a, b) != (3, 2)");
    }

    @Test
    void aFalsyOperandAndAnErrorInTheSameState() throws ModelException {
        sameAsWhole("invariant I: b < 3 and [x for x in s if x > 3] == [] and 1 // (4 - a) >= 0");
    }

    @Test
    void aWholeInvariantIsOneConjunct() throws ModelException {
        sameAsWhole("invariant I: not (a == 3 and b == 2) or len(s) > 4");
    }

    @Test
    void manyViolatingStatesUnderContinue() throws ModelException {
        sameAsWhole("invariant I: a <= 4 and b <= 3 and (a + b) % 3 != 2");
    }

    @Test
    void aLambdaInAConstantListHeldByAGlobal() throws ModelException {
        // the codec writes h as a reference to HANDLERS: only the read set says its lambda reads a
        sameAsWhole(MODEL + """
                const HANDLERS = [lambda: a]
                var h = HANDLERS
                """, "invariant I: len(h) == 1 and h[0]() < 3");
    }

    @Test
    void noViolation() throws ModelException {
        sameAsWhole("invariant I: a <= 4 and b <= 3 and len(s) == a");
    }
}
