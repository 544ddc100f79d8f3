package dev.ariadne.explore;

import dev.ariadne.expand.ExploreOptions;
import dev.ariadne.result.CheckResult;
import dev.ariadne.result.TraceStep;
import dev.ariadne.result.Violation;
import dev.ariadne.storage.MemoryStateStore;
import dev.ariadne.storage.StateStore;
import dev.ariadne.api.Ariadne;
import dev.ariadne.api.Invocation;
import dev.ariadne.api.Isolation;
import dev.ariadne.api.RunSpec;
import dev.ariadne.load.ModelLoader;
import dev.ariadne.lang.compile.Program;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * The checker against results verified independently (TLC, a separate brute-force
 * checker, the reference models): every run of every {@code .expected} file, at one and
 * at two workers and in worker processes, with identical counts and traces.
 */
class ExampleModelsTest {
    /** One pool of worker JVMs for every run checked in process isolation, as one invocation would share it. */
    private static Invocation processes;
    private static int runs;

    @org.junit.jupiter.api.AfterAll
    static void stopWorkers() {
        if (processes != null) {
            processes.close();
        }
    }

    private static synchronized CheckResult inProcesses(Program p, ExploreOptions o, StateStore store)
            throws InterruptedException {
        if (processes == null) {
            processes = new Invocation(2, Isolation.PROCESS);
        }
        return processes.start(RunSpec.of(p).tag("run" + runs++).store(store).options(o).priority(0).build()).await();
    }

    @TestFactory
    Stream<DynamicNode> projectExamples() throws IOException {
        return models(Path.of("..", "examples"));
    }

    /** Temporal properties under fairness: {@code status}, {@code kind} and {@code name} are those of the first violated one. */
    @TestFactory
    Stream<DynamicNode> livenessExamples() throws IOException {
        return models(Path.of("..", "examples", "liveness"));
    }

    @TestFactory
    Stream<DynamicNode> referenceModels() throws IOException, URISyntaxException {
        return models(Path.of(getClass().getResource("/explore/reference").toURI()));
    }

    private Stream<DynamicNode> models(Path dir) throws IOException {
        List<DynamicNode> tests = new ArrayList<>();
        try (Stream<Path> s = Files.list(dir)) {
            for (Path expected : s.filter(p -> p.toString().endsWith(".expected")).sorted().toList()) {
                Path model = dir.resolve(expected.getFileName().toString().replace(".expected", ".ari"));
                for (Expectation e : Expectation.read(expected)) {
                    tests.add(DynamicTest.dynamicTest(e.name(), () -> check(model, e)));
                }
            }
        }
        assertFalse(tests.isEmpty(), "no .expected file in " + dir);
        return tests.stream();
    }

    private static void check(Path model, Expectation e) throws Exception {
        Program p = ModelLoader.load(model, e.consts());
        ExploreOptions options = ExploreOptions.defaults().withDeadlock(!e.noDeadlock()).withSymmetry(!e.noSymmetry());
        if (!e.invariants().isEmpty()) {
            options = options.withInvariants(e.invariants());
        }
        MemoryStateStore s1 = new MemoryStateStore();
        MemoryStateStore s2 = new MemoryStateStore();
        CheckResult one = Ariadne.check(p).workers(1).options(options).store(s1).run().result();
        CheckResult two = Ariadne.check(p).workers(2).options(options).store(s2).run().result();
        assertEquals(summary(one), summary(two), "1 and 2 workers disagree");
        MemoryStateStore s3 = new MemoryStateStore();
        CheckResult isolated = inProcesses(p, options, s3);
        assertEquals(summary(one), summary(isolated), "thread and process isolation disagree");
        assertEquals(e.expect().get("status"), one.status().label, "status: " + one);
        if (e.expect().containsKey("distinct")) {
            assertEquals(Long.parseLong(e.expect().get("distinct")), one.distinct(), "distinct states");
        }
        if (e.expect().containsKey("depth")) {
            assertEquals(Integer.parseInt(e.expect().get("depth")), one.depth(), "depth");
        }
        if (one.violations().isEmpty()) {
            return;
        }
        Violation v = one.violations().get(0);
        if (e.expect().containsKey("kind")) {
            assertEquals(e.expect().get("kind"), v.kind().label, "kind");
        }
        if (e.expect().containsKey("name")) {
            assertEquals(e.expect().get("name"), v.name(), "name");
        }
        List<TraceStep> t1 = new TraceBuilder(p, s1, options.space().symmetry()).trace(v);
        List<TraceStep> t2 = new TraceBuilder(p, s2, options.space().symmetry()).trace(two.violations().get(0));
        assertEquals(names(t1), names(t2), "traces differ between 1 and 2 workers");
        assertEquals(names(t1), names(new TraceBuilder(p, s3, options.space().symmetry()).trace(isolated.violations().get(0))),
                "traces differ between thread and process isolation");
        if (e.expect().containsKey("trace_length")) {
            long states = t1.stream().filter(step -> step.state() != null).count();
            assertEquals(Long.parseLong(e.expect().get("trace_length")), states, "states in the trace: " + names(t1));
        }
    }

    private static String summary(CheckResult r) {
        return r.status() + " " + r.distinct() + " " + r.generated() + " " + r.depth() + " " + r.violations()
                + " " + r.properties();
    }

    private static List<String> names(List<TraceStep> t) {
        return t.stream().map(s -> s.name() + "@" + Long.toHexString(s.fingerprint())).toList();
    }
}
