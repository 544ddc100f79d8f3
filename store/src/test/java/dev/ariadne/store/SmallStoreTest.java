package dev.ariadne.store;

import dev.ariadne.io.WriteFaults;
import dev.ariadne.storage.Checkpoint;
import dev.ariadne.storage.DurableStore;
import dev.ariadne.storage.StateReader;
import dev.ariadne.storage.StateStore;
import dev.ariadne.storage.StorageException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The store of small runs ({@code states.small}) and its growth into a Chronicle store:
 * round trip, reopening after a crash, damage, the migration at its threshold against a
 * store that was Chronicle from the start, and a crash in the middle of a migration.
 */
class SmallStoreTest {
    private static final ChronicleStoreOpener OPENER = new ChronicleStoreOpener();
    private static final List<String> CHRONICLE_FILES = List.of("store.format", "meta.cm", "order.dat", "snapshots-0000.cm");

    @TempDir
    Path tmp;

    @AfterEach
    void clear() {
        System.clearProperty(GrowingStore.STATES_PROPERTY);
        WriteFaults.install(null);
    }

    private static void add(StateStore s, long seq) {
        byte[] b = States.snapshot(seq);
        s.add(seq, States.fp(seq), States.parent(seq), States.step(seq), States.depth(seq), b, 0, b.length);
    }

    private static void addUpTo(StateStore s, long n) {
        for (long seq = s.size(); seq < n; seq++) {
            add(s, seq);
        }
    }

    private static Checkpoint cp(long expanded, long discovered) {
        return new Checkpoint(expanded, discovered, discovered * 3, (int) discovered % 17, discovered, "state@" + discovered);
    }

    /** Exactly states {@code [0, n)}, by sequence number and by fingerprint. */
    private static void verify(StateReader s, long n) {
        assertEquals(n, s.size(), "size");
        for (long seq = 0; seq < n; seq++) {
            long fp = States.fp(seq);
            assertEquals(fp, s.fingerprintAt(seq), "fingerprint of " + seq);
            assertEquals(States.record(seq), s.record(fp), "record of " + seq);
            assertEquals(States.record(seq), s.recordAt(seq), "record at " + seq);
            assertArrayEquals(States.snapshot(seq), s.snapshot(fp), "snapshot of " + seq);
            assertArrayEquals(States.snapshot(seq), s.snapshotAt(seq), "snapshot at " + seq);
        }
        assertNull(s.record(States.fp(n)), "state " + n + " was never recorded");
        // no state has fingerprint 0, though `trace --state 0000000000000000` asks for it
        assertNull(s.record(0), "fingerprint 0");
        assertNull(s.snapshot(0), "snapshot of fingerprint 0");
    }

    private static List<String> files(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void roundTrip() throws IOException {
        Path dir = tmp.resolve("run");
        try (DurableStore s = OPENER.create(dir)) {
            assertTrue(OPENER.holdsStore(dir), "the store exists from its creation on");
            s.putMetadata("model", "m.ari");
            addUpTo(s, 100);
            s.checkpoint(cp(60, 100));
            s.putMetadata("after", "the checkpoint");
            addUpTo(s, 110);
            verify(s, 110);
            assertEquals("the checkpoint", s.metadata("after"));
        }
        assertEquals(List.of("states.small", "writer.lock"), files(dir), "no chronicle file, no dirty marker");
        try (DurableStore s = OPENER.open(dir)) {
            verify(s, 100);
            assertEquals(cp(60, 100), s.lastCheckpoint());
            assertEquals("m.ari", s.metadata("model"));
            assertNull(s.metadata("after"), "metadata set after the checkpoint is rolled back");
            assertFalse(s.crashedBefore());
        }
        try (StateReader r = OPENER.openReadOnly(dir)) {
            verify(r, 100);
            assertEquals(cp(60, 100), r.lastCheckpoint());
            assertEquals("m.ari", r.metadata("model"));
        }
    }

    @Test
    void reopensAtTheLastCompletedCheckpointAfterACrash() throws IOException {
        Path dir = tmp.resolve("run");
        Path crashed = Files.createDirectories(tmp.resolve("crashed"));
        try (DurableStore s = OPENER.create(dir)) {
            addUpTo(s, 50);
            s.putMetadata("k", "at 50");
            s.checkpoint(cp(20, 50));
            // What kill -9 leaves during the next checkpoint: the last file whole, the dirty marker, a torn temporary file.
            for (String f : List.of("states.small", "writer.dirty")) {
                Files.copy(dir.resolve(f), crashed.resolve(f));
            }
            addUpTo(s, 90);
            s.putMetadata("k", "at 90");
            s.checkpoint(cp(50, 90));
            byte[] next = Files.readAllBytes(dir.resolve("states.small"));
            Files.write(crashed.resolve("states.small.tmp"), java.util.Arrays.copyOf(next, next.length / 2));
        }
        try (DurableStore s = OPENER.open(crashed)) {
            assertTrue(s.crashedBefore(), "the dirty marker says the writer crashed");
            verify(s, 50);
            assertEquals(cp(20, 50), s.lastCheckpoint());
            assertEquals("at 50", s.metadata("k"));
            addUpTo(s, 60); // and the run goes on from there
            s.checkpoint(cp(50, 60));
        }
        assertFalse(Files.exists(crashed.resolve("states.small.tmp")), "the torn temporary file is deleted");
        try (DurableStore s = OPENER.open(crashed)) {
            assertFalse(s.crashedBefore());
            verify(s, 60);
        }
    }

    @Test
    void aDamagedFileIsAnErrorNamingIt() throws IOException {
        Path good = tmp.resolve("good");
        try (DurableStore s = OPENER.create(good)) {
            addUpTo(s, 40);
            s.putMetadata("k", "v");
            s.checkpoint(cp(40, 40));
        }
        long length = Files.size(good.resolve("states.small"));
        Map<String, Damage> damages = Map.of(
                "truncated", Damage.truncate("states.small", length - 30),
                "cut to its header", Damage.truncate("states.small", 10),
                "a byte garbled in a snapshot", Damage.garble("states.small", length / 2),
                "magic garbled", Damage.garble("states.small", 1),
                "version garbled", Damage.garble("states.small", 11),
                "deleted", Damage.delete("states.small"));
        for (Map.Entry<String, Damage> d : damages.entrySet()) {
            Path dir = tmp.resolve(d.getKey().replace(' ', '-'));
            Files.createDirectories(dir);
            for (String f : files(good)) {
                Files.copy(good.resolve(f), dir.resolve(f));
            }
            d.getValue().apply(dir);
            if (d.getKey().equals("deleted")) {
                assertFalse(OPENER.holdsStore(dir), "without its file the directory holds no store");
                continue;
            }
            byte[] damaged = Files.readAllBytes(dir.resolve("states.small"));
            for (int attempt = 0; attempt < 2; attempt++) { // a failed open releases the lock: the same error again
                StorageException e = assertThrows(StorageException.class, () -> OPENER.open(dir), d.getKey());
                assertTrue(e.getMessage().contains(dir.resolve("states.small").toString()), e.getMessage());
                assertFalse(e.getMessage().contains("\n"), "one line: " + e.getMessage());
            }
            StorageException e = assertThrows(StorageException.class, () -> OPENER.openReadOnly(dir), d.getKey());
            assertTrue(e.getMessage().contains("states.small"), e.getMessage());
            assertArrayEquals(damaged, Files.readAllBytes(dir.resolve("states.small")), "a damaged file is left as it is");
        }
    }

    /** The same calls on a store that migrates at 1,000 states and on one that was Chronicle from the start. */
    private static void run(DurableStore s) {
        s.putMetadata("model", "m.ari");
        s.checkpoint(cp(0, 0));
        addUpTo(s, 700);
        s.putMetadata("progress", "700");
        s.checkpoint(cp(300, 700));
        s.putMetadata("progress", "after 700"); // live when the migration comes, not checkpointed
        s.putMetadata("model", null);
        addUpTo(s, 2_500);
        s.checkpoint(cp(2_000, 2_500));
        addUpTo(s, 3_000);
    }

    @Test
    void migrationGivesWhatAChronicleStoreWouldHold() throws IOException {
        Path grown = tmp.resolve("grown");
        Path chronicle = tmp.resolve("chronicle");
        System.setProperty(GrowingStore.STATES_PROPERTY, "1000");
        try (GrowingStore s = GrowingStore.create(grown); ChronicleStateStore c = ChronicleStateStore.create(chronicle,
                StoreOptions.defaults())) {
            s.putMetadata("model", "m.ari");
            s.checkpoint(cp(0, 0));
            addUpTo(s, 700);
            s.putMetadata("progress", "700");
            s.checkpoint(cp(300, 700));
            s.putMetadata("progress", "after 700");
            s.putMetadata("model", null);
            addUpTo(s, 999);
            assertTrue(s.isSmall());
            add(s, 999);
            assertFalse(s.isSmall(), "the 1,000th state moves the run to chronicle");
            assertFalse(Files.exists(grown.resolve("states.small")), "the small file goes once chronicle holds its checkpoint");
            assertEquals(cp(300, 700), s.lastCheckpoint());
            assertEquals("after 700", s.metadata("progress"), "the live metadata moves too");
            assertNull(s.metadata("model"));
            verify(s, 1_000);
            addUpTo(s, 2_500);
            s.checkpoint(cp(2_000, 2_500));
            addUpTo(s, 3_000);
            run(c);
            s.flush(); // a chronicle store's readers see what was flushed
            verify(s, 3_000);
        }
        for (String f : CHRONICLE_FILES) {
            assertTrue(Files.exists(grown.resolve(f)), f);
        }
        try (DurableStore s = OPENER.open(grown); DurableStore c = OPENER.open(chronicle)) {
            assertTrue(s instanceof ChronicleStateStore, "a grown run directory is a chronicle one");
            verify(s, 2_500);
            verify(c, 2_500);
            assertEquals(c.lastCheckpoint(), s.lastCheckpoint());
            for (String key : List.of("model", "progress")) {
                assertEquals(c.metadata(key), s.metadata(key), key);
            }
        }
    }

    @Test
    void aCrashDuringTheMigrationReopensAtTheSmallFilesCheckpoint() throws IOException {
        System.setProperty(GrowingStore.STATES_PROPERTY, "500");
        // The migration stops at its last step, deleting the small file, as if killed just before it; and at its first put.
        for (WriteFaults.Op op : List.of(WriteFaults.Op.DELETE, WriteFaults.Op.PUT)) {
            Path dir = tmp.resolve("run-" + op);
            GrowingStore s = GrowingStore.create(dir);
            s.putMetadata("model", "m.ari");
            addUpTo(s, 300);
            s.checkpoint(cp(100, 300));
            addUpTo(s, 499);
            WriteFaults.install((what, file, bytes) -> {
                if (what == op && file.getFileName().toString().matches(op == WriteFaults.Op.DELETE ? "states\\.small"
                        : "snapshots-.*")) {
                    throw new IOException("injected");
                }
                return bytes;
            });
            assertThrows(StorageException.class, () -> add(s, 499));
            WriteFaults.install(null);
            s.close();
            assertTrue(Files.exists(dir.resolve("states.small")));
            assertTrue(Files.exists(dir.resolve("meta.cm")), "chronicle files beside it: " + files(dir));
            try (StateReader r = OPENER.openReadOnly(dir)) {
                verify(r, 300); // the small file wins for readers too
            }
            try (DurableStore o = OPENER.open(dir)) {
                assertTrue(o.crashedBefore(), "the failed migration left the store for recovery");
                verify(o, 300);
                assertEquals(cp(100, 300), o.lastCheckpoint());
                assertEquals("m.ari", o.metadata("model"));
                for (String f : CHRONICLE_FILES) {
                    assertFalse(Files.exists(dir.resolve(f)), f + " of the unfinished migration is deleted");
                }
                addUpTo(o, 600); // grows again, this time to the end
                o.checkpoint(cp(600, 600));
            }
            try (DurableStore o = OPENER.open(dir)) {
                assertTrue(o instanceof ChronicleStateStore);
                verify(o, 600);
            }
        }
    }
}
