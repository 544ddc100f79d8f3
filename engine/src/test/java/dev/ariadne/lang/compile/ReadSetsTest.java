package dev.ariadne.lang.compile;

import dev.ariadne.load.ModelException;
import dev.ariadne.load.ModelLoader;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The read sets of invariants' conjuncts: the globals each reads through the defs,
 * lambdas and constants it reaches, and which conjuncts must be evaluated in every state.
 */
class ReadSetsTest {
    /**
     * By conjunct: the names of the globals it reads (after "labels" when it reads the
     * processes' labels), or "always" for one evaluated in every state.
     */
    private static List<String> conjuncts(String model) throws ModelException {
        Program p = ModelLoader.load("m.ari", model, Map.of());
        CheckInfo inv = p.invariants().get(0);
        return inv.conjuncts().stream().map(c -> c.reads() == null ? "always"
                : String.join(" ", java.util.stream.Stream.concat(c.labels() ? java.util.stream.Stream.of("labels")
                        : java.util.stream.Stream.empty(), Arrays.stream(c.reads()).mapToObj(g -> p.globalNames().get(g)))
                        .toList())).toList();
    }

    private static final String VARS = """
            var a = 0
            var b = {1: 2}
            var c = set()
            """;

    @Test
    void eachOperandOfTheTopLevelAndReadsItsOwnGlobals() throws ModelException {
        assertEquals(List.of("a", "b", "a c", ""), conjuncts(VARS + """
                invariant I:
                    (a >= 0 and all(v > 0 for v in b.values())
                     and (a in c or len(c) < 3) and 1 < 2)
                """));
    }

    @Test
    void aBodyWithoutATopLevelAndIsOneConjunct() throws ModelException {
        assertEquals(List.of("a b c"), conjuncts(VARS + "invariant I:\n    a >= 0 or (b and c)\n"));
        assertEquals(List.of("a c"), conjuncts(VARS + "invariant I:\n    x = a\n    return x >= 0 and c\n"));
    }

    @Test
    void theGlobalsOfCalledDefsCountExpandedOrNot() throws ModelException {
        assertEquals(List.of("a", "b", "a c"), conjuncts(VARS + """
                def inlined():
                    return len(b) > 0
                def called(x):
                    pass
                    return x not in c
                def outer(x):
                    pass
                    return called(x)
                invariant I:
                    a >= 0 and inlined() and outer(a)
                """));
    }

    @Test
    void lambdasAndDefaultsAreFollowed() throws ModelException {
        assertEquals(List.of("a", "b", "c"), conjuncts(VARS + """
                def g(x, k=lambda: b):
                    pass
                    return k()
                invariant I:
                    (lambda y: y + 1)(a) >= 0 and g(1) and sorted([1], key=lambda v: len(c))
                """));
    }

    @Test
    void everyConstantIsFollowedSinceAGlobalMayHoldOneOfItsLists() throws ModelException {
        // h may be HANDLERS itself, written as a reference to the constant: its lambda reads a
        assertEquals(List.of("a c", "a h"), conjuncts(VARS + """
                const HANDLERS = [lambda: a]
                var h = HANDLERS
                invariant I:
                    len(c) >= 0 and h[0]() >= 0
                """));
    }

    @Test
    void processVariablesEnablednessPrintingAndProceduresAreEvaluatedAlwaysLabelsAreKeyed() throws ModelException {
        String model = VARS + """
                def p_label(i):
                    return pc("P", i)
                process P(self in range(2)):
                    var mine = 0
                    label L
                    mine = 1
                action A:
                    a = 1
                invariant I:
                    (a >= 0 and P[0].mine == 0 and pc("P", 1) != "L" and p_label(0) != "L"
                     and enabled("A") and print(a) is None and done() or True)
                """;
        // `... or True` is the last operand's: the whole `and` chain is the left of an `or`
        assertEquals(List.of("always"), conjuncts(model));
        assertEquals(List.of("a", "always", "labels", "labels", "always", "always"),
                conjuncts(model.replace(" or True)", ")").replace("and done()", "")));
        assertEquals(List.of("labels a"), conjuncts(VARS + """
                process P(self in range(2)):
                    label L
                    pass
                invariant I:
                    a >= 0 or done() or pc("P", 1) != "L"
                """));
    }

    @Test
    void identityOfTwoGlobalsDependsOnMoreThanTheirValues() throws ModelException {
        assertEquals(List.of("a", "always", "b"), conjuncts(VARS + """
                invariant I:
                    a >= 0 and b is not c and b is not None
                """));
    }

    @Test
    void anOperandThatMayChangeAValueKeepsTheInvariantWhole() throws ModelException {
        // c.add would be seen by the next operand when evaluated as one body: it is not split
        assertEquals(List.of("always"), conjuncts(VARS + "invariant I:\n    (c.add(1) or True) and len(c) > 0\n"));
        assertTrue(conjuncts(VARS + "invariant I:\n    c.union({1}) and len(c) >= 0\n").size() == 2);
    }
}
