package dev.ariadne.cli;

import dev.ariadne.store.ChronicleStateStore;
import dev.ariadne.store.StoreOptions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A check killed before its run exists: {@code check --store DIR} creates the store (the
 * first Chronicle map of a JVM takes one to several seconds), then saves the run's metadata
 * and makes it durable with a first checkpoint. A {@code kill -9} (or a power cut) in that
 * window leaves a directory that holds no run; the user, told to resume it or to use an
 * empty directory, must have a way on that is not deleting files by hand: running the same
 * check again.
 */
class StoreCreationWindowTest {
    @TempDir
    Path tmp;

    private CliProcess process;

    @AfterEach
    void nothingIsLeftRunning() throws InterruptedException {
        if (process != null) {
            process.close();
        }
        assertEquals(List.of(), ProcessHandle.current().descendants().filter(ProcessHandle::isAlive)
                .map(ProcessHandle::pid).toList(), "processes left running");
    }

    @Test
    @Timeout(value = 3, unit = TimeUnit.MINUTES)
    void checkKilledWhileCreatingItsStoreCanBeRunAgainInTheSameDirectory() throws Exception {
        // A Chronicle store, whose creation takes long enough to be caught (a small store's is one write).
        process = CliProcess.start(tmp, "check", List.of(Cli.CHRONICLE_JVM_OPTION), List.of("check", Cli.example("two_phase_commit.ari"),
                "--store", "run", "--progress", "0"));
        Path dir = tmp.resolve("run");
        // writer.dirty is written first, store.format last: in between the store is being created.
        assertTrue(process.await(() -> Files.exists(dir.resolve("writer.dirty")), 120_000), process::toString);
        assertFalse(Files.exists(dir.resolve("store.format")), "the store was created too fast to test this");
        assertTrue(process.kill9());
        assertEquals(137, process.waitFor(60_000));
        assertFalse(Files.exists(dir.resolve("store.format")), "killed after the store was created");

        Cli.Result resume = Cli.run(tmp, "resume", "run").assertCleanError();
        assertEquals(2, resume.exit(), resume::toString);
        assertTrue(resume.err().contains("its creation did not finish"), resume::toString);

        Cli.Result again = Cli.run(tmp, "check", Cli.example("two_phase_commit.ari"), "--store", "run");
        assertEquals(0, again.exit(), "the same check again, after resume said the store's creation did not"
                + " finish: " + again);
        assertTrue(again.out().contains("288 distinct states"), again::toString);
    }

    @Test
    @Timeout(value = 3, unit = TimeUnit.MINUTES)
    void checkStoppedBeforeItsFirstCheckpointIsNotSentBackAndForthBetweenCheckAndResume() {
        // What a kill between the end of the store's creation and the first checkpoint leaves: a store
        // that reopens empty, without metadata (a window of milliseconds, reproduced here directly).
        ChronicleStateStore.create(tmp.resolve("run"), StoreOptions.defaults()).close();

        Cli.Result resume = Cli.run(tmp, "resume", "run").assertCleanError();
        assertEquals(2, resume.exit(), resume::toString);
        assertTrue(resume.err().contains("stopped before its first checkpoint"), resume::toString);

        Cli.Result again = Cli.run(tmp, "check", Cli.example("two_phase_commit.ari"), "--store", "run");
        assertEquals(0, again.exit(), "the same check again, after resume said it was stopped before its first"
                + " checkpoint: " + again);
        assertTrue(again.out().contains("288 distinct states"), again::toString);
    }
}
