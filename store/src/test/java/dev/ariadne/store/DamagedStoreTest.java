package dev.ariadne.store;

import dev.ariadne.storage.Checkpoint;
import dev.ariadne.storage.DamagedStoreException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static dev.ariadne.store.Damage.delete;
import static dev.ariadne.store.Damage.garble;
import static dev.ariadne.store.Damage.truncate;
import static dev.ariadne.store.Damage.truncateToHalf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Damaged stores: every case must end in a {@link StoreException} whose one-line,
 * lower-case message names the file and the problem; never a hang, a leaked Chronicle
 * exception or a crashed JVM. Each case is tried after a clean close and after a
 * (simulated) crash, since the two take different paths through Chronicle.
 */
class DamagedStoreTest {
    @TempDir
    Path dir;

    /** A store with two tiers of each kind, checkpointed and closed cleanly. */
    private Path store() {
        Path run = dir.resolve("run");
        try (ChronicleStateStore store = ChronicleStateStore.create(run, new StoreOptions(1024, 64))) {
            States.addUpTo(store, 1_500);
            store.checkpoint(new Checkpoint(1_000, 1_500, 4_000, 11, 0, null));
        }
        return run;
    }

    static Stream<Arguments> damages() {
        return Stream.of(
                Arguments.of("order file cut inside its data", truncate("order.dat", 4096 + 800), "order.dat is truncated"),
                Arguments.of("order file cut inside its header", truncate("order.dat", 100), "order.dat is truncated"),
                Arguments.of("second tier cut in half", truncateToHalf("snapshots-0001.cm"), "snapshots-0001.cm is truncated"),
                Arguments.of("snapshot tier emptied", truncate("snapshots-0000.cm", 0), "snapshots-0000.cm is truncated"),
                Arguments.of("metadata map cut", truncateToHalf("meta.cm"), "meta.cm is truncated"),
                Arguments.of("garbage in the order header", garble("order.dat", 3), "order.dat has a damaged header"),
                Arguments.of("garbage in a tier header", garble("snapshots-0000.cm", 200), "snapshots-0000.cm has a damaged map header"),
                Arguments.of("garbage in a snapshot tier checksum", garble("snapshots-0001.cm", 2), "snapshots-0001.cm has a damaged map header"),
                Arguments.of("garbage in the metadata map header", garble("meta.cm", 100), "meta.cm has a damaged map header"),
                Arguments.of("garbage in a size word", garble("snapshots-0001.cm", 10), "snapshots-0001.cm has a damaged map header"),
                Arguments.of("garbage in the format marker", garble("store.format", 30), "store.format is damaged"),
                Arguments.of("order file missing", delete("order.dat"), "order.dat is missing"),
                Arguments.of("second tier missing", delete("snapshots-0001.cm"), "snapshots-0001.cm is missing"),
                Arguments.of("snapshot tier missing", delete("snapshots-0000.cm"), "snapshots-0000.cm is missing"),
                Arguments.of("metadata map missing", delete("meta.cm"), "meta.cm is missing"),
                Arguments.of("format marker missing", delete("store.format"), "store.format is missing"),
                Arguments.of("another store-format version", (Damage) run -> {
                    StoreFormat current = StoreFormat.read(new RunDirectory(run));
                    new StoreFormat(2, current.metaHeader(), current.metaLength()).write(new RunDirectory(run));
                }, "says store-format version 2, but this build reads version 3"));
    }

    @ParameterizedTest(name = "{0}, after a clean close")
    @MethodSource("damages")
    @Timeout(60)
    void aDamagedStoreIsRefusedWithAClearMessage(String what, Damage damage, String expected) throws IOException {
        Path run = store();
        damage.apply(run);
        assertRefused(run, expected);
    }

    @ParameterizedTest(name = "{0}, after a crash")
    @MethodSource("damages")
    @Timeout(60)
    void aDamagedStoreIsRefusedWithAClearMessageAfterACrash(String what, Damage damage, String expected) throws IOException {
        Path run = store();
        Files.writeString(run.resolve(RunDirectory.DIRTY_MARKER), "1\n"); // what kill -9 leaves behind
        damage.apply(run);
        assertRefused(run, expected);
    }

    private static void assertRefused(Path run, String expected) {
        StoreException e = assertThrows(StoreException.class, () -> ChronicleStateStore.open(run).close());
        String message = e.getMessage();
        System.out.println("refused: " + message);
        assertTrue(message.contains(expected), () -> "message: " + message);
        assertFalse(message.contains("\n"), () -> "one line: " + message);
        assertEquals(message.toLowerCase().charAt(0), message.charAt(0), () -> "lower case: " + message);
        // the failed open released everything: a second attempt fails the same way, not with "locked"
        StoreException again = assertThrows(StoreException.class, () -> ChronicleStateStore.open(run).close());
        assertEquals(message, again.getMessage());
    }

    @Test
    void aGarbledOrderEntryIsToldFromAGarbledSnapshotByTheStateStoredThere() throws IOException {
        Path run = store();
        garble("order.dat", OrderFile.HEADER_BYTES + 8 * 10 + 2).apply(run);
        try (ChronicleStateStore store = ChronicleStateStore.open(run)) {
            DamagedStoreException e = assertThrows(DamagedStoreException.class, () -> store.recordAt(10));
            assertEquals(DamagedStoreException.Part.ORDER, e.part());
            assertTrue(e.getMessage().contains("order.dat in " + run + " is damaged: entry 10 names state "),
                    e.getMessage());
            assertNull(store.record(States.fp(10)), "the state is not found under a fingerprint the order lost");
            assertEquals(States.record(11), store.recordAt(11));
        }
    }

    @Test
    void aDamagedStoreIsRefusedByAReaderToo() throws IOException {
        Path run = store();
        truncate("snapshots-0001.cm", 5000).apply(run);
        StoreException e = assertThrows(StoreException.class, () -> StoreReader.open(run).close());
        assertTrue(e.getMessage().contains("snapshots-0001.cm"), e.getMessage());
    }

    @Test
    void aDirectoryThatIsNotAStoreIsRefused() throws IOException {
        Path other = Files.createDirectories(dir.resolve("other"));
        Files.writeString(other.resolve("notes.txt"), "hello");
        StoreException e = assertThrows(StoreException.class, () -> ChronicleStateStore.open(other));
        assertTrue(e.getMessage().contains("not an ariadne store"), e.getMessage());
        e = assertThrows(StoreException.class, () -> ChronicleStateStore.create(other, StoreOptions.defaults()));
        assertTrue(e.getMessage().contains("is not empty"), e.getMessage());
    }
}
