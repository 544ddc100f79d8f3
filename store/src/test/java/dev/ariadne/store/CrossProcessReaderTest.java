package dev.ariadne.store;

import dev.ariadne.storage.Checkpoint;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CrossProcessReaderTest {
    @TempDir
    Path dir;

    @Test
    @Timeout(120)
    void aReaderInAnotherJvmFollowsTheWriterAcrossNewTiers() throws Exception {
        Path run = dir.resolve("run");
        long target = 60_000;
        try (ChronicleStateStore store = ChronicleStateStore.create(run, new StoreOptions(1024, 64));
             ChildJvm reader = ChildJvm.start(dir.resolve("reader.err"), FollowingReader.class,
                     run.toString(), Long.toString(target))) {
            String ready = reader.awaitLine("ready ", 60_000);
            assertNotNull(ready, () -> "reader did not start: " + reader.stderr());
            for (long n = 0; n < target; ) {
                n = Math.min(target, n + 4_000);
                States.addUpTo(store, n);
                store.checkpoint(new Checkpoint(n / 2, n, n, States.depth(n - 1), 0, null));
                Thread.sleep(20); // give the reader a chance to catch up mid-way, not only at the end
            }
            String verdict = reader.awaitLine("", 60_000);
            assertNotNull(verdict, () -> "reader said nothing: " + reader.stderr());
            assertTrue(verdict.startsWith("verified "), () -> verdict + " " + reader.stderr());
            assertTrue(reader.process().waitFor(20, TimeUnit.SECONDS));
            assertEquals(0, reader.process().exitValue());
            int tiers = Integer.parseInt(verdict.substring(verdict.indexOf("tiers ") + 6).trim());
            assertTrue(tiers > 1,
                    "the reader should have picked up tiers added after it opened: " + verdict);
        }
    }

    @Test
    void aReaderInTheSameJvmSeesMetadataAndTheCheckpoint() {
        Path run = dir.resolve("run");
        try (ChronicleStateStore store = ChronicleStateStore.create(run, new StoreOptions(1024, 64))) {
            store.putMetadata("program", "hash-1");
            States.addUpTo(store, 100);
            Checkpoint cp = new Checkpoint(50, 100, 300, 7, 1, null);
            store.checkpoint(cp);
            try (StoreReader reader = ChronicleStateStore.openReader(run)) {
                assertEquals("hash-1", reader.metadata("program"));
                assertEquals(cp, reader.lastCheckpoint());
                assertEquals(100, reader.size());
                States.addUpTo(store, 5_000); // new tiers after the reader opened
                assertEquals(5_000, reader.size());
                assertEquals(States.record(4_999), reader.record(States.fp(4_999)));
                long[] count = {0};
                reader.forEachFingerprint(0, reader.size(), (seq, fp) -> {
                    assertEquals(States.fp(seq), fp);
                    count[0]++;
                });
                assertEquals(5_000, count[0]);
            }
        }
    }

    @Test
    void aReaderRefusesAStoreWhoseWriterCrashed() throws Exception {
        Path run = dir.resolve("run");
        try (ChronicleStateStore store = ChronicleStateStore.create(run, StoreOptions.defaults())) {
            States.addUpTo(store, 10);
        }
        Files.writeString(run.resolve(RunDirectory.DIRTY_MARKER), "12345\n"); // as a killed writer leaves it
        StoreException e = assertThrows(StoreException.class, () -> StoreReader.open(run));
        assertTrue(e.getMessage().contains("writer crashed"), e.getMessage());
    }
}
