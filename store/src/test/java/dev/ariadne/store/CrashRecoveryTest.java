package dev.ariadne.store;

import dev.ariadne.storage.Checkpoint;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * kill -9 of a writer JVM at random moments: each time, the store must reopen exactly at
 * the last checkpoint the child completed (the one it printed, or one more if it was
 * killed between finishing a checkpoint and printing it).
 */
class CrashRecoveryTest {
    private static final int ROUNDS = 4;
    private static final int MAX_BATCH = 3000; // CrashingWriter's largest batch

    @TempDir
    Path dir;

    @Test
    @Timeout(180)
    void aWriterKilledAtRandomMomentsReopensAtItsLastCheckpoint() throws Exception {
        long seed = System.nanoTime();
        Random random = new Random(seed);
        Path run = dir.resolve("run");
        long floor = 0; // the store may never go back below a checkpoint that was reported
        for (int round = 0; round < ROUNDS; round++) {
            String context = "seed " + seed + ", round " + round;
            long reported;
            try (ChildJvm child = ChildJvm.start(dir.resolve("child-" + round + ".err"), CrashingWriter.class,
                    run.toString(), Long.toString(seed + round), "100000000")) {
                String opened = child.awaitLine("opened ", 60_000);
                assertNotNull(opened, () -> context + ": child did not open the store: " + child.stderr());
                long openedAt = Long.parseLong(opened.split(" ")[1]);
                assertTrue(openedAt >= floor, context + ": child reopened at " + openedAt + " below " + floor);
                String first = child.awaitLine("checkpoint ", 30_000);
                assertNotNull(first, () -> context + ": no checkpoint: " + child.stderr());
                if (round == 0) {
                    // While the child lives, its lock keeps every other writer out.
                    StoreException locked = assertThrows(StoreException.class, () -> ChronicleStateStore.open(run));
                    assertTrue(locked.getMessage().contains("another process"), locked.getMessage());
                }
                // Let it run a random while: kills land in adds, roll-overs and checkpoints alike.
                Thread.sleep(random.nextInt(1200));
                child.kill();
                reported = Long.parseLong(first.substring("checkpoint ".length()));
                for (String line : child.drain()) {
                    if (line.startsWith("checkpoint ")) {
                        reported = Long.parseLong(line.substring("checkpoint ".length()));
                    }
                }
            }
            if (round == 1) {
                // Leave this crash to the next child: it recovers the store itself.
                floor = reported;
                continue;
            }
            try (ChronicleStateStore store = ChronicleStateStore.open(run)) {
                RecoveryReport report = store.recoveryReport();
                assertTrue(report.crashed(), context);
                Checkpoint cp = store.lastCheckpoint();
                assertNotNull(cp, context);
                long n = cp.discovered();
                if (n < reported || n > reported + MAX_BATCH) {
                    fail(context + ": reopened at " + n + " but the child reported " + reported);
                }
                assertEquals(CrashingWriter.checkpointAt(n), cp, context);
                assertEquals("crashing", store.metadata("writer"), context);
                States.verify(store, n, 2 * MAX_BATCH);
                System.out.println(context + ": reopened at " + n + " (reported " + reported + "), " + report);
                floor = n;
            }
        }
    }
}
