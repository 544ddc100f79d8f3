package dev.ariadne.snapshot;

import dev.ariadne.load.ModelLoader;
import dev.ariadne.lang.compile.Program;
import dev.ariadne.vm.Machine;
import dev.ariadne.vm.Proc;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A codec that reuses what it decoded (process instances: {@link ProcCache}; globals:
 * {@link GlobalBytes}) gives the same bytes as one that never decoded anything, for every
 * successor of every reachable state: instances of plain values, instances that share a
 * list with a global or with each other, paused loops over ranges and over lists,
 * procedures with their call stacks, and globals that a step changes in place, replaces,
 * or makes share an object with another global.
 */
class CodecReuseTest {
    private static final String HEAD = "const N = 3\nvar shared = []\nvar count = 0\n";

    private static final Map<String, String> MODELS = Map.of(
            "plain", HEAD + """
                    process P(self in range(N)):
                        var tmp = 0
                        var name = "idle"
                        label Read
                        tmp = count
                        name = "read"
                        label Write
                        count = (tmp + 1) % 3
                        name = ("wrote", tmp)
                    """,
            "aliased", HEAD + """
                    process P(self in range(N)):
                        var mine = shared
                        var own = []
                        label Grow
                        if len(shared) < 2:
                            mine.append(self)
                        own.append(self)
                        label Shrink
                        if len(own) > 0:
                            own.pop()
                        if len(shared) > 0 and self == 0:
                            shared.pop()
                    """,
            "loops", HEAD + """
                    process P(self in range(N)):
                        var total = 0
                        label Start
                        for i in range(2):
                            total = total + i
                            label InRange
                            count = (count + 1) % 2
                        for x in [self, 1]:
                            label InList
                            total = total + x
                    """,
            "procedure", HEAD + """
                    def bump(k):
                        var before = count
                        label Bump
                        count = (before + k) % 2
                        label Again
                        if k > 0:
                            bump(k - 1)

                    process P(self in range(N)):
                        label Call
                        bump(self % 2 + 1)
                        label After
                        shared.append(self)
                    """,
            "globals", """
                    var a = [1]
                    var b = [2]
                    var t = ("x", 1)
                    var d = {"k": 0}
                    var s = {("m", 1)}
                    action Alias:
                        a = b
                    action Fresh:
                        a = [len(b) % 2]
                        b = [1 - len(a) % 2]
                    action Grow:
                        if len(b) < 3:
                            b.append(len(b))
                    action Bump:
                        d["k"] = (d["k"] + 1) % 3
                    action Turn:
                        t = (t[0], (t[1] + 1) % 2)
                        s.add(("m", t[1]))
                    """);

    @ParameterizedTest
    @ValueSource(strings = {"plain", "aliased", "loops", "procedure", "globals"})
    void reusedInstancesGiveTheBytesOfAFreshEncoding(String name) throws Exception {
        Program program = program(name);
        StateCodec reusing = new StateCodec(program);
        Machine m = new Machine(program);
        ArrayDeque<byte[]> frontier = new ArrayDeque<>();
        Set<List<Byte>> seen = new HashSet<>();
        m.init(step -> {
            byte[] b = freshBytes(program, m);
            if (seen.add(key(b))) {
                frontier.add(b);
            }
        });
        int successors = 0;
        while (!frontier.isEmpty()) {
            byte[] state = frontier.poll();
            reusing.decodeInto(state, m);
            assertArrayEquals(state, freshBytes(program, m), "a state decoded by the reusing codec encodes as it was");
            List<byte[]> next = new ArrayList<>();
            for (int s = 0; s < m.stepCount(); s++) {
                m.runStep(s, step -> {
                    reusing.encode(m);
                    assertArrayEquals(freshBytes(program, m), reusing.bytes(), "successor by step " + step);
                    next.add(reusing.bytes());
                });
            }
            successors += next.size();
            for (byte[] b : next) {
                if (seen.add(key(b))) {
                    frontier.add(b);
                }
            }
        }
        assertTrue(seen.size() > 10 && successors > seen.size(), name + ": a state space worth checking (" + seen.size() + ")");
    }

    /** A walk (as simulation does) keeps a successor as the new state without decoding it: nothing decoded before may be reused then. */
    @ParameterizedTest
    @ValueSource(strings = {"aliased", "globals"})
    void aWalkThatKeepsSuccessorsEncodesAsAFreshCodec(String name) throws Exception {
        Program program = program(name);
        StateCodec reusing = new StateCodec(program);
        Machine m = new Machine(program);
        reusing.decodeInto(initialState(program, m), m);
        int kept = 0;
        for (int i = 0; i < 300; i++) {
            int[] taken = {0};
            for (int k = 0; k < m.stepCount() && taken[0] == 0; k++) {
                m.runStep((i + k) % m.stepCount(), step -> {
                    reusing.encode(m);
                    assertArrayEquals(freshBytes(program, m), reusing.bytes(), "walk step " + step);
                    m.keepSuccessor();
                    taken[0]++;
                });
            }
            kept += taken[0];
        }
        assertTrue(kept >= 6, "the walk went on: " + kept); // "aliased" ends after six steps, "globals" never
    }

    @ParameterizedTest
    @ValueSource(strings = {"plain", "loops"})
    void instancesOfPlainValuesAreDecodedOnceAndShared(String name) throws Exception {
        Program program = program(name);
        StateCodec codec = new StateCodec(program);
        Machine m = new Machine(program);
        byte[] initial = initialState(program, m);
        codec.decodeInto(initial, m);
        Proc first = m.proc(0);
        codec.decodeInto(initial, m);
        assertSame(first, m.proc(0), "the same bytes at the same position decode to the same instance");
        assertArrayEquals(initial, freshBytes(program, m));
    }

    private static Program program(String name) throws Exception {
        return ModelLoader.load(name + ".ari", MODELS.get(name), Map.of());
    }

    /** The bytes of the model's initial state (these models have one). */
    private static byte[] initialState(Program program, Machine m) {
        byte[][] initial = new byte[1][];
        m.init(step -> initial[0] = freshBytes(program, m));
        return initial[0];
    }

    private static byte[] freshBytes(Program program, Machine m) {
        StateCodec c = new StateCodec(program);
        c.encode(m);
        return c.bytes();
    }

    private static List<Byte> key(byte[] b) {
        List<Byte> k = new ArrayList<>(b.length);
        for (byte x : b) {
            k.add(x);
        }
        return k;
    }
}
