package dev.ariadne.lang.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

/**
 * The walker visits every declaration, statement and expression of a model exactly once,
 * checked against the nodes found by reading every record component of the tree.
 */
class TreeWalkerTest {
    /** One model with every kind of declaration, statement and expression. */
    private static final String MODEL = """
            const N = 3
            const S = {"a", "b"}
            var x = 0
            var d = {k: v for k, v in [(1, 2)] if k > 0}
            var e = {1: N + 1}
            init:
                x = oneof(range(N))
                d[x] = d.get(x, None)
                either:
                    x += -1
                or:
                    pass
            def f(a, b=N):
                if not a and b or True:
                    return a[1:b:2] if a else [a, (b, b)]
                elif a is None:
                    return f"{a!r:>3} and {b}"
                else:
                    return lambda y, z=1: y < z <= N
            fair action Step(i in range(N), j in S):
                await x < N
                while x > 0:
                    if x == 1:
                        break
                    continue
                for k in [i for i in range(N)]:
                    assert k != i, "k"
                print(f(x, b=2))
                m = n = i
            process P(self in S):
                var count = len(S)
                label Start
                count -= 1
                if count > 0:
                    goto Start
            invariant Small:
                return x <= N
            constraint Bound: x < 10
            property Live(p in S): always eventually x == 0
            property Leads: x == 1 leads_to x == 2
            """;

    private static ModelFile parsed() {
        ParseResult result = Parser.parseFile(new SourceFile("walker.ari", MODEL));
        assertEquals(List.of(), result.errors());
        return result.file();
    }

    @Test
    void visitsEveryNodeOnce() {
        ModelFile file = parsed();
        Map<Object, Integer> expected = new IdentityHashMap<>();
        for (Decl d : file.decls()) {
            collect(d, expected);
        }
        Map<Object, Integer> visited = new IdentityHashMap<>();
        new TreeWalker() {
            @Override
            public void walk(Decl d) {
                visited.merge(d, 1, Integer::sum);
                super.walk(d);
            }

            @Override
            public void walk(Stmt s) {
                visited.merge(s, 1, Integer::sum);
                super.walk(s);
            }

            @Override
            public void walk(Expr e) {
                if (e != null) {
                    visited.merge(e, 1, Integer::sum);
                }
                super.walk(e);
            }
        }.walk(file);
        assertEquals(expected.size(), visited.size());
        expected.forEach((node, n) -> assertEquals(n, visited.get(node), "visits of " + node));
        assertTrue(expected.values().stream().allMatch(n -> n == 1), "the parser shares no node");
    }

    @Test
    void theModelHasEveryKindOfNode() {
        Map<Object, Integer> nodes = new IdentityHashMap<>();
        for (Decl d : parsed().decls()) {
            collect(d, nodes);
        }
        Set<String> seen = new TreeSet<>();
        nodes.keySet().forEach(n -> seen.add(n.getClass().getSimpleName()));
        Set<String> all = new TreeSet<>();
        for (Class<?> kind : List.of(Decl.class, Stmt.class, Expr.class)) {
            Arrays.stream(kind.getPermittedSubclasses()).forEach(c -> all.add(c.getSimpleName()));
        }
        assertEquals(all, seen);
    }

    @Test
    void visitsInOrderSkippingNamesAndPrunedNodes() {
        List<String> names = new ArrayList<>();
        new TreeWalker() {
            @Override
            public Void visitIdentifier(Identifier id) {
                names.add(id.name());
                return null;
            }

            @Override
            public Void visitLambdaExpr(LambdaExpr e) {
                return null; // pruned: its names are not read
            }
        }.walk(parsed());
        assertEquals(List.of("k", "v", "k", "k", "v", "N", "range", "N", "x", "d", "x", "d", "x", "x", "N"),
                names.subList(0, 15));
        assertTrue(names.containsAll(List.of("m", "n", "count", "print", "f", "len")));
        // the pruned lambda's names; a binder's, a label's, an attribute's and declarations' names
        for (String absent : List.of("y", "z", "self", "p", "Start", "get", "Step", "P", "Live")) {
            assertTrue(!names.contains(absent), absent);
        }
    }

    /**
     * Counts the declarations, statements and expressions reachable from {@code node} by its
     * record components. A component declared as an {@link Identifier} is a name, not an
     * expression (a declaration's, a parameter's, an attribute's, a label's).
     */
    private static void collect(Object node, Map<Object, Integer> out) {
        if (node instanceof List<?> list) {
            list.forEach(x -> collect(x, out));
            return;
        }
        if (!(node instanceof Record record)) {
            return;
        }
        if (node instanceof Decl || node instanceof Stmt || node instanceof Expr) {
            out.merge(node, 1, Integer::sum);
        }
        for (RecordComponent c : record.getClass().getRecordComponents()) {
            if (c.getType() == Identifier.class || isListOfIdentifiers(c)) {
                continue;
            }
            try {
                collect(c.getAccessor().invoke(record), out);
            } catch (ReflectiveOperationException e) {
                throw new AssertionError(e);
            }
        }
    }

    private static boolean isListOfIdentifiers(RecordComponent c) {
        return c.getGenericType() instanceof ParameterizedType p
                && Arrays.asList(p.getActualTypeArguments()).contains(Identifier.class);
    }
}
