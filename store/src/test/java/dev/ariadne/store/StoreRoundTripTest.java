package dev.ariadne.store;

import dev.ariadne.storage.Checkpoint;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StoreRoundTripTest {
    @TempDir
    Path dir;

    @Test
    void statesAddedAreReadBackByFingerprintAndBySequence() {
        try (ChronicleStateStore store = ChronicleStateStore.create(dir.resolve("run"), StoreOptions.defaults())) {
            assertEquals(0, store.size());
            assertNull(store.lastCheckpoint());
            States.addUpTo(store, 20_000);
            States.verify(store, 20_000, 1_000);
            long[] seen = new long[1];
            store.forEachFingerprint(0, store.size(), (seq, fp) -> {
                assertEquals(seen[0]++, seq);
                assertEquals(States.fp(seq), fp);
            });
            assertEquals(20_000, seen[0]);
        }
    }

    @Test
    void storeGrowsPastItsInitialEstimateThroughSeveralTiers() {
        Path run = dir.resolve("run");
        try (ChronicleStateStore store = ChronicleStateStore.create(run, new StoreOptions(1024, 16))) {
            States.addUpTo(store, 40_000);
            assertTrue(store.tierCount() >= 5, "tiers: " + store.tierCount());
            States.verify(store, 40_000, 100);
            store.checkpoint(new Checkpoint(10, 40_000, 50_000, 16, 5, null));
        }
        try (ChronicleStateStore store = ChronicleStateStore.open(run)) {
            assertFalse(store.recoveryReport().crashed());
            States.verify(store, 40_000, 100);
            States.addUpTo(store, 45_000);
            States.verify(store, 45_000, 100);
        }
    }

    @Test
    void aSnapshotFarLargerThanTheEstimateStillFits() {
        try (ChronicleStateStore store = ChronicleStateStore.create(dir.resolve("run"), new StoreOptions(1024, 16))) {
            States.addUpTo(store, 10);
            byte[] big = new byte[400 << 10];
            ThreadLocalRandom.current().nextBytes(big);
            store.add(10, 42, States.fp(0), 1, 2, big, 0, big.length);
            States.addUpTo(store, 12);
            assertArrayEquals(big, store.snapshot(42));
            assertArrayEquals(States.snapshot(11), store.snapshot(States.fp(11)));
        }
    }

    @Test
    void aChunkChronicleRefusesGoesToANewTierSizedForIt() {
        // Past the first tier's byte budget (32 chunks of 32 small states), so the store rolls
        // over; the next tier is sized from the small chunks seen so far, and Chronicle
        // refuses the chunk as larger than one of its segments: the store rolls over again,
        // to a tier sized for it, instead of failing.
        try (ChronicleStateStore store = ChronicleStateStore.create(dir.resolve("run"), new StoreOptions(1024, 64))) {
            States.addUpTo(store, 100);
            byte[] big = new byte[TierKind.MAX_SNAPSHOT_BYTES];
            ThreadLocalRandom.current().nextBytes(big);
            store.add(100, 42, States.fp(0), 1, 2, big, 0, big.length);
            States.addUpTo(store, 102);
            assertEquals(1, store.refusedPuts());
            assertEquals(3, store.tierCount());
            assertArrayEquals(big, store.snapshot(42));
            for (long seq = 0; seq < 100; seq++) {
                assertArrayEquals(States.snapshot(seq), store.snapshot(States.fp(seq)));
            }
            assertArrayEquals(States.snapshot(101), store.snapshot(States.fp(101)));
        }
    }

    /** Snapshots over 512 KiB were refused ("exceeds the store's limit"): now each is kept in a file of its own. */
    @Test
    void snapshotsTooLargeForAChunkAreKeptOutOfLineAndSurviveAReopen() {
        Path run = dir.resolve("run");
        byte[] huge = new byte[3 << 20];
        ThreadLocalRandom.current().nextBytes(huge);
        long fp = dev.ariadne.snapshot.Fingerprint.of(huge, 0, huge.length);
        try (ChronicleStateStore store = ChronicleStateStore.create(run, new StoreOptions(1024, 64))) {
            States.addUpTo(store, 10);
            store.add(10, fp, States.fp(0), 1, 2, huge, 0, huge.length);
            States.addUpTo(store, 12);
            store.flush();
            assertArrayEquals(huge, store.snapshot(fp));
            assertArrayEquals(huge, store.snapshotAt(10));
            assertEquals(2, store.recordAt(10).depth());
            store.checkpoint(new Checkpoint(0, 12, 0, 3, 0, null));
        }
        assertTrue(Files.exists(LargeSnapshots.file(run, fp)));
        try (ChronicleStateStore store = ChronicleStateStore.open(run)) {
            assertArrayEquals(huge, store.snapshotAt(10));
            assertEquals(States.fp(0), store.record(fp).parentFp());
            assertArrayEquals(States.snapshot(11), store.snapshotAt(11));
        }
    }

    @Test
    void addTakesASliceOfTheCallersArray() {
        try (ChronicleStateStore store = ChronicleStateStore.create(dir.resolve("run"), StoreOptions.defaults())) {
            byte[] buffer = {9, 9, 1, 2, 3, 9};
            store.add(0, 7, 0, -1, 1, buffer, 2, 3);
            assertNull(store.snapshot(7), "not visible before a flush");
            store.flush();
            assertArrayEquals(new byte[] {1, 2, 3}, store.snapshot(7));
            assertThrows(IllegalArgumentException.class, () -> store.add(5, 8, 7, 0, 2, buffer, 0, 1));
            assertThrows(IndexOutOfBoundsException.class, () -> store.add(1, 8, 7, 0, 2, buffer, 4, 3));
            assertEquals(1, store.size());
        }
    }

    @Test
    void concurrentReadersSeeEveryStateTheWriterHasAdded() throws Exception {
        try (ChronicleStateStore store = ChronicleStateStore.create(dir.resolve("run"), new StoreOptions(1024, 64))) {
            AtomicBoolean done = new AtomicBoolean();
            List<Throwable> failures = new CopyOnWriteArrayList<>();
            AtomicLong reads = new AtomicLong();
            Thread[] readers = new Thread[3];
            for (int r = 0; r < readers.length; r++) {
                readers[r] = new Thread(() -> {
                    try {
                        ThreadLocalRandom random = ThreadLocalRandom.current();
                        while (!done.get()) {
                            long n = store.published();
                            if (n == 0) {
                                continue;
                            }
                            // the newest state (just added) and one anywhere before it
                            for (long seq : new long[] {n - 1, random.nextLong(n)}) {
                                long fp = store.fingerprintAt(seq);
                                assertEquals(States.fp(seq), fp);
                                assertEquals(States.record(seq), store.record(fp));
                                assertArrayEquals(States.snapshot(seq), store.snapshot(fp));
                                reads.incrementAndGet();
                            }
                        }
                    } catch (Throwable t) {
                        failures.add(t);
                    }
                }, "reader-" + r);
                readers[r].start();
            }
            try {
                States.addUpTo(store, 30_000);
            } finally {
                done.set(true);
                for (Thread reader : readers) {
                    reader.join(10_000);
                }
            }
            assertTrue(failures.isEmpty(), () -> "reader failed: " + failures.get(0));
            assertTrue(reads.get() > 0);
            assertTrue(store.tierCount() > 3);
        }
    }

    @Test
    void metadataIsReadBackAndSurvivesACheckpointedReopen() {
        Path run = dir.resolve("run");
        try (ChronicleStateStore store = ChronicleStateStore.create(run, StoreOptions.defaults())) {
            store.putMetadata("model.hash", "abc123");
            store.putMetadata("options", "--workers 4");
            assertEquals("abc123", store.metadata("model.hash"));
            store.checkpoint(new Checkpoint(0, 0, 0, 0, 0, "flags"));
            store.putMetadata("late", "not checkpointed");
        }
        try (ChronicleStateStore store = ChronicleStateStore.open(run)) {
            assertEquals("abc123", store.metadata("model.hash"));
            assertEquals("--workers 4", store.metadata("options"));
            assertNull(store.metadata("late"));
            assertEquals("flags", store.lastCheckpoint().state());
        }
    }

    @Test
    void aSecondWriterOnTheSameDirectoryIsRefused() {
        Path run = dir.resolve("run");
        try (ChronicleStateStore store = ChronicleStateStore.create(run, StoreOptions.defaults())) {
            StoreException e = assertThrows(StoreException.class, () -> ChronicleStateStore.open(run));
            assertTrue(e.getMessage().contains("already open"), e.getMessage());
            States.add(store, 0); // the first writer is undisturbed
            assertEquals(1, store.size());
        }
        assertTrue(Files.exists(run.resolve(RunDirectory.FORMAT_FILE)));
        assertFalse(Files.exists(run.resolve(RunDirectory.DIRTY_MARKER)));
    }
}
