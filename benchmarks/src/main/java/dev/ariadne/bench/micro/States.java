package dev.ariadne.bench.micro;

import dev.ariadne.load.ModelLoader;
import dev.ariadne.load.ModelException;
import dev.ariadne.lang.compile.Program;
import dev.ariadne.snapshot.StateCodec;
import dev.ariadne.vm.Machine;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Typical states for the micro-benchmarks, made by running real models' initialisations. */
final class States {
    /** About 20 objects: a dict of records sharing one list, a set of tuples, ints and strings. */
    static final String MEDIUM = """
            var shared = [1, 2, 3]
            var nodes = {i: record(id=i, peers=shared, state="idle") for i in range(5)}
            var msgs = {("req", i, i + 1) for i in range(4)}
            var count = 7
            var leader = "n3"
            """;

    /** About 5 objects: what Die Hard's states look like. */
    static final String SMALL = """
            var small = 3
            var big = 5
            var turn = "a"
            """;

    /** Some 200 objects: a log of records and a dict of lists. */
    static final String LARGE = """
            var log = [record(term=t, index=i, op=("put", i % 7)) for t in range(4) for i in range(25)]
            var table = {k: [k, k + 1, str(k)] for k in range(40)}
            var seen = set(range(50))
            """;

    private States() {
    }

    static Program program(String text) {
        try {
            return ModelLoader.load("bench.ari", text, Map.of());
        } catch (ModelException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    /** The bytes of the model's first initial state. */
    static byte[] initial(Program p) {
        Machine m = new Machine(p);
        StateCodec codec = new StateCodec(p);
        List<byte[]> out = new ArrayList<>();
        m.init(step -> {
            codec.encode(m);
            out.add(codec.bytes());
        });
        return out.get(0);
    }
}
