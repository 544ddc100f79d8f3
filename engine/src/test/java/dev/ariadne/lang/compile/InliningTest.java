package dev.ariadne.lang.compile;

import dev.ariadne.api.Ariadne;
import dev.ariadne.load.ModelException;
import dev.ariadne.load.ModelLoader;
import dev.ariadne.result.CheckResult;
import dev.ariadne.expand.ExploreOptions;
import dev.ariadne.storage.MemoryStateStore;
import dev.ariadne.result.Violation;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Calls of defs that return one expression are expanded in place, and errors still show them as calls. */
class InliningTest {
    private static final String NESTED = """
            var x = 0
            def g(a):
                return a // x
            def f(a, b):
                return g(a) + b
            invariant I:
                f(1, 2) > 0
            """;

    @Test
    void anInvariantThatCallsExpandableDefsRunsWithoutCalls() throws ModelException {
        Program p = ModelLoader.load("m.ari", NESTED, Map.of());
        String code = code(p, "I").disassemble();
        assertFalse(code.contains("LOAD_FUNC"), code);
        assertFalse(code.contains(" CALL "), code);
    }

    @Test
    void aTracebackThroughExpandedCallsNamesEveryCall() throws ModelException {
        assertEquals(List.of("I() at m.ari:7:6", "f() at m.ari:5:13", "g() at m.ari:3:14"), traceback(NESTED));
    }

    @Test
    void aTracebackThroughRealCallsPointsAtTheCalls() throws ModelException {
        // Two statements each: these defs keep their frames.
        String called = """
                var x = 0
                def g(a):
                    pass
                    return a // x
                def f(a, b):
                    pass
                    return g(a) + b
                invariant I:
                    f(1, 2) > 0
                """;
        assertTrue(code(ModelLoader.load("m.ari", called, Map.of()), "I").disassemble().contains("LOAD_FUNC"));
        assertEquals(List.of("I() at m.ari:9:6", "f() at m.ari:7:13", "g() at m.ari:4:14"), traceback(called));
    }

    @Test
    void aRecursiveDefIsCalledEvenWhereItWouldBeExpandable() throws ModelException {
        Program p = ModelLoader.load("m.ari", """
                def fact(n):
                    return 1 if n <= 1 else n * fact(n - 1)
                var v = 0
                invariant I:
                    fact(3) == 6
                """, Map.of());
        assertTrue(code(p, "fact").disassemble().contains("LOAD_FUNC"), "the recursive call stays a call");
    }

    @Test
    void nestedExpansionsStopBeforeTheCodeGrowsExponentially() throws ModelException {
        StringBuilder model = new StringBuilder("def f0(x):\n    return x + 1\n");
        for (int k = 1; k <= 14; k++) {
            model.append("def f").append(k).append("(x):\n    return f").append(k - 1).append("(x) + f")
                    .append(k - 1).append("(x)\n");
        }
        model.append("var v = 0\ninvariant I:\n    f14(v) == 16384\n");
        Program p = ModelLoader.load("m.ari", model.toString(), Map.of());
        assertTrue(code(p, "I").instructions().length < 2_000, "2^14 copies of f0 would be ~100,000 instructions");
        CheckResult r = Ariadne.check(p).workers(1).deadlock(false).run().result();
        assertTrue(r.violations().isEmpty(), "f14(0) is 2^14 f0(0)s: 16384");
        assertEquals(1, r.distinct());
    }

    private static List<String> traceback(String model) throws ModelException {
        Program p = ModelLoader.load("m.ari", model, Map.of());
        CheckResult r = Ariadne.check(p).workers(1).run().result();
        Violation v = r.violations().get(0);
        return v.traceback();
    }

    private static Code code(Program p, String name) {
        for (int i = 0; i < p.codeCount(); i++) {
            if (p.code(i).name.equals(name)) {
                return p.code(i);
            }
        }
        throw new AssertionError("no code named " + name);
    }
}
