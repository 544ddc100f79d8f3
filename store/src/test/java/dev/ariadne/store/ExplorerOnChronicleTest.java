package dev.ariadne.store;

import dev.ariadne.api.CheckRun;
import dev.ariadne.api.Ariadne;
import dev.ariadne.api.Invocation;
import dev.ariadne.api.Isolation;
import dev.ariadne.load.ModelLoader;
import dev.ariadne.api.RunSpec;
import dev.ariadne.result.CheckResult;
import dev.ariadne.expand.ExploreOptions;
import dev.ariadne.result.Status;
import dev.ariadne.lang.compile.Program;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The explorer on a real run directory: same results as in memory, in threads and in worker processes, and across stops. */
class ExplorerOnChronicleTest {
    private static final String RACE = """
            const N = 6
            var counter = 0
            process Incr(self in range(N)):
                var tmp = 0
                label Read
                tmp = counter
                label Write
                counter = tmp + 1
            """;

    private static Program race() throws Exception {
        return ModelLoader.load("race.ari", RACE, Map.of());
    }

    private static CheckResult run(Invocation inv, Program p, ChronicleStateStore store, ExploreOptions o)
            throws InterruptedException {
        return inv.start(RunSpec.of(p).tag("race").store(store).options(o).priority(0).build()).await();
    }

    @Test
    void aRunOnChronicleMatchesTheRunInMemoryInThreadsAndProcesses(@TempDir Path dir) throws Exception {
        Program p = race();
        CheckResult memory = Ariadne.check(p).workers(2).run().result();
        // No snapshot travels with its batch: the worker processes read every one from the store.
        ExploreOptions fromStore = ExploreOptions.defaults().withCacheBytes(0);
        for (Isolation iso : Isolation.values()) {
            try (Invocation inv = new Invocation(2, iso);
                 ChronicleStateStore store = ChronicleStateStore.create(dir.resolve(iso.name()), StoreOptions.defaults())) {
                CheckResult r = run(inv, p, store, fromStore);
                assertEquals(Status.OK, r.status(), iso + ": " + r);
                assertEquals(memory.distinct(), r.distinct(), iso.name());
                assertEquals(memory.generated(), r.generated(), iso.name());
                assertEquals(memory.depth(), r.depth(), iso.name());
                assertEquals(r.distinct(), store.size());
            }
        }
    }

    @Test
    void aRunStoppedTwiceAndResumedEndsAsAnUninterruptedOne(@TempDir Path dir) throws Exception {
        Program p = race();
        CheckResult whole = Ariadne.check(p).workers(2).run().result();
        ExploreOptions o = ExploreOptions.defaults().withBatchSize(16);
        long[] stopAt = {15_000, 60_000};
        for (long at : stopAt) {
            try (Invocation inv = new Invocation(2, Isolation.THREAD);
                 ChronicleStateStore store = ChronicleStateStore.openOrCreate(dir, StoreOptions.defaults())) {
                CheckRun run = inv.start(RunSpec.of(p).tag("race").store(store).options(o).priority(0).build());
                while (store.size() < at && !run.isDone()) {
                    Thread.sleep(1);
                }
                run.requestStop();
                CheckResult r = run.await();
                assertEquals(Status.INTERRUPTED, r.status(), "stopped at " + at);
                assertTrue(r.distinct() < whole.distinct());
            }
        }
        try (Invocation inv = new Invocation(2, Isolation.THREAD);
             ChronicleStateStore store = ChronicleStateStore.open(dir)) {
            CheckResult r = run(inv, p, store, o);
            assertEquals(Status.OK, r.status());
            assertEquals(whole.distinct(), r.distinct());
            assertEquals(whole.generated(), r.generated());
            assertEquals(whole.depth(), r.depth());
        }
    }
}
