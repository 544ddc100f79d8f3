package dev.ariadne.store;

import dev.ariadne.storage.DurableStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code droppedStates()}: the states a writer added after its last checkpoint that the
 * next open drops. A small store counts them as a Chronicle store does, after a failed
 * session and after {@code kill -9}, and a grown store still reports them after its
 * migration.
 */
class DroppedStatesTest {
    private static final ChronicleStoreOpener OPENER = new ChronicleStoreOpener();

    @TempDir
    Path tmp;

    @AfterEach
    void clear() {
        System.clearProperty(GrowingStore.STATES_PROPERTY);
    }

    /** A store made as the commands make it: small, or Chronicle from the start. */
    private static DurableStore create(Path dir, boolean small) {
        return small ? OPENER.create(dir) : ChronicleStateStore.create(dir, StoreOptions.defaults());
    }

    @ParameterizedTest(name = "small store: {0}")
    @ValueSource(booleans = {true, false})
    void aFailedSessionDropsTheStatesAddedAfterItsCheckpoint(boolean small) {
        Path dir = tmp.resolve("run");
        try (DurableStore s = create(dir, small)) {
            HoldingWriter.addUpTo(s, 100);
            s.checkpoint(CrashingWriter.checkpointAt(100));
            HoldingWriter.addUpTo(s, 137);
            s.leaveForRecovery(); // what a session that failed (a full disk, an internal error) does
        }
        try (DurableStore s = OPENER.open(dir)) {
            assertEquals(small, s instanceof GrowingStore, "the kind of store");
            assertTrue(s.crashedBefore());
            assertEquals(37, s.droppedStates(), "the states after the checkpoint");
            assertEquals(100, s.size());
            HoldingWriter.addUpTo(s, 150);
            s.checkpoint(CrashingWriter.checkpointAt(150));
        }
        try (DurableStore s = OPENER.open(dir)) {
            assertFalse(s.crashedBefore(), "closed cleanly");
            assertEquals(0, s.droppedStates(), "nothing to drop after a clean close");
            assertEquals(150, s.size());
        }
    }

    @Test
    void killedAfterItsCheckpointBothStoresDropTheSameStates() throws Exception {
        for (boolean small : List.of(true, false)) {
            Path dir = tmp.resolve(small ? "small" : "chronicle");
            List<String> jvm = small ? List.of() : List.of("-D" + GrowingStore.STATES_PROPERTY + "=0");
            try (ChildJvm child = ChildJvm.start(tmp.resolve(dir.getFileName() + ".err"), jvm, HoldingWriter.class,
                    dir.toString(), "1000", "1234")) {
                assertNotNull(child.awaitLine("holding", 120_000), child::stderr);
                child.kill();
            }
            assertEquals(small, Files.exists(dir.resolve(RunDirectory.SMALL_FILE)), "the kind of store");
            try (DurableStore s = OPENER.open(dir)) {
                assertTrue(s.crashedBefore(), "kill -9 leaves the store dirty");
                assertEquals(234, s.droppedStates(), (small ? "small" : "chronicle") + " store");
                assertEquals(1000, s.size());
            }
        }
    }

    @Test
    void aGrownStoreStillReportsWhatItsOpenDropped() {
        Path dir = tmp.resolve("run");
        try (DurableStore s = OPENER.create(dir)) {
            HoldingWriter.addUpTo(s, 100);
            s.checkpoint(CrashingWriter.checkpointAt(100));
            HoldingWriter.addUpTo(s, 120);
            s.leaveForRecovery();
        }
        System.setProperty(GrowingStore.STATES_PROPERTY, "200");
        try (GrowingStore s = (GrowingStore) OPENER.open(dir)) {
            assertEquals(20, s.droppedStates());
            HoldingWriter.addUpTo(s, 250);
            assertFalse(s.isSmall(), "migrated at 200 states");
            assertEquals(20, s.droppedStates(), "what this session's open dropped, after the migration too");
            assertTrue(s.crashedBefore());
            s.checkpoint(CrashingWriter.checkpointAt(250));
        }
        try (DurableStore s = OPENER.open(dir)) {
            assertFalse(Files.exists(dir.resolve(RunDirectory.SMALL_FILE)), "a chronicle store now");
            assertEquals(0, s.droppedStates());
            assertEquals(250, s.size());
        }
    }
}
