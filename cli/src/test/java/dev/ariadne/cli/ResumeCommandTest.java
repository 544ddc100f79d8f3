package dev.ariadne.cli;

import dev.ariadne.api.RunMetadata;

import dev.ariadne.storage.DurableStore;
import dev.ariadne.storage.StoreOpener;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static dev.ariadne.cli.Json.at;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code ariadne resume}: continuing stopped runs to the same result, and refusing stores it cannot continue. */
class ResumeCommandTest {
    @TempDir
    Path tmp;

    @Test
    void runStoppedByTimeoutsAndResumedGivesTheCountsOfAnUninterruptedRun() {
        List<String> model = List.of(Cli.example("two_phase_commit.ari"), "--const", "RM_COUNT=7");
        Cli.Result whole = Cli.run(tmp, concat(List.of("check"), model, List.of("--store", "whole", "--json", "-")));
        assertEquals(0, whole.exit(), whole::toString);

        // one worker takes 1.9 s on the fastest machine seen (CI) and about 4 s here, so 600 ms stops every machine
        Cli.Result r = Cli.run(tmp, concat(List.of("check"), model,
                List.of("--store", "parts", "--workers", "1", "--timeout", "600ms")));
        assertEquals(3, r.exit(), "the first session must stop at its time limit: " + r);
        assertTrue(r.out().contains("Stopped: the time limit (--timeout 600ms) is reached."), r::toString);
        assertTrue(r.out().contains("resume with: ariadne resume parts"), r::toString);
        int sessions = 1;
        while (r.exit() == 3) {
            assertTrue(sessions++ < 100, "the run makes no progress");
            r = Cli.run(tmp, "resume", "parts", "--timeout", "600ms", "--json", "-");
        }
        assertEquals(0, r.exit(), r::toString);
        Object a = at(Json.parse(whole.out()), "runs", 0);
        Object b = at(Json.parse(r.out()), "runs", 0);
        for (String key : List.of("status", "distinct_states", "generated_states", "depth", "queue_left", "constants")) {
            assertEquals(at(a, key), at(b, key), key + " after " + sessions + " sessions");
        }
        assertEquals(Cli.example("two_phase_commit.ari"), at(b, "model"));
    }

    @Test
    void finishedRunReportsItsStoredResultAgain() {
        Cli.Result first = Cli.run(tmp, "check", Cli.DIE_HARD.toString(), "--store", "run", "--json", "-");
        assertEquals(10, first.exit(), first::toString);
        Cli.Result again = Cli.run(tmp, "resume", "run", "--json", "-");
        assertEquals(10, again.exit(), again::toString);
        assertTrue(again.err().contains("had already finished (violation)"), again::toString);
        Object a = at(Json.parse(first.out()), "runs", 0);
        Object b = at(Json.parse(again.out()), "runs", 0);
        for (String key : List.of("status", "distinct_states", "generated_states", "depth", "violation")) {
            assertEquals(at(a, key), at(b, key), key);
        }
    }

    @Test
    void resumeRefusesADamagedStore() throws IOException {
        assertEquals(10, Cli.runChronicle(tmp, "check", Cli.DIE_HARD.toString(), "--store", "run").exit());
        try (RandomAccessFile f = new RandomAccessFile(tmp.resolve("run/store.format").toFile(), "rw")) {
            f.seek(3);
            f.write("garbage".getBytes());
        }
        Cli.Result r = Cli.run(tmp, "resume", "run").assertCleanError();
        assertEquals(2, r.exit(), r::toString);
        assertTrue(r.err().startsWith("ariadne: cannot resume 'run': "), r::toString);
        assertTrue(r.err().contains("store.format"), "names the damaged file: " + r);
    }

    @Test
    void resumeRefusesATruncatedOrderFile() throws IOException {
        assertEquals(0, Cli.runChronicle(tmp, "check", Cli.example("two_phase_commit.ari"), "--store", "run").exit());
        try (RandomAccessFile f = new RandomAccessFile(tmp.resolve("run/order.dat").toFile(), "rw")) {
            f.setLength(4096 + 8 * 10);
        }
        Cli.Result r = Cli.run(tmp, "resume", "run").assertCleanError();
        assertEquals(2, r.exit(), r::toString);
        assertTrue(r.err().contains("order.dat"), r::toString);
    }

    @Test
    void resumeRefusesAStoreWhoseProgramHashDiffers() {
        assertEquals(10, Cli.run(tmp, "check", Cli.DIE_HARD.toString(), "--store", "run").exit());
        setMetadata(tmp.resolve("run"), RunMetadata.PROGRAM_HASH, "00000000000000000000000000000000");
        Cli.Result r = Cli.run(tmp, "resume", "run").assertCleanError();
        assertEquals(2, r.exit(), r::toString);
        assertTrue(r.err().contains("was checked with program 00000000000000000000000000000000"), r::toString);
    }

    @Test
    void resumeRefusesAStoreWhoseSavedModelTextDoesNotMatchItsHash() {
        assertEquals(10, Cli.run(tmp, "check", Cli.DIE_HARD.toString(), "--store", "run").exit());
        setMetadata(tmp.resolve("run"), RunMetadata.MODEL_SHA256, "0".repeat(64));
        Cli.Result r = Cli.run(tmp, "resume", "run").assertCleanError();
        assertEquals(2, r.exit(), r::toString);
        assertTrue(r.err().contains("does not match its SHA-256"), r::toString);
    }

    @Test
    void resumeRefusesAnotherSnapshotFormatOrCompilerVersion() {
        assertEquals(10, Cli.run(tmp, "check", Cli.DIE_HARD.toString(), "--store", "a").exit());
        setMetadata(tmp.resolve("a"), RunMetadata.CODEC_VERSION, "999");
        Cli.Result r = Cli.run(tmp, "resume", "a").assertCleanError();
        assertEquals(2, r.exit(), r::toString);
        assertTrue(r.err().contains("snapshot format 999"), r::toString);

        assertEquals(10, Cli.run(tmp, "check", Cli.DIE_HARD.toString(), "--store", "b").exit());
        setMetadata(tmp.resolve("b"), RunMetadata.COMPILER_VERSION, "999");
        r = Cli.run(tmp, "resume", "b").assertCleanError();
        assertEquals(2, r.exit(), r::toString);
        assertTrue(r.err().contains("compiler version 999"), r::toString);
    }

    @Test
    void resumeOfAMissingOrForeignDirectoryIsExitTwo() throws IOException {
        Cli.Result r = Cli.run(tmp, "resume", "nowhere").assertCleanError();
        assertEquals(2, r.exit(), r::toString);
        assertTrue(r.err().contains("no such run directory"), r::toString);
        Files.createDirectories(tmp.resolve("plain"));
        r = Cli.run(tmp, "resume", "plain").assertCleanError();
        assertEquals(2, r.exit(), r::toString);
        assertTrue(r.err().contains("store.format is missing"), r::toString);
    }

    @Test
    void resumeTakesOnlyTheSessionOptions() {
        Cli.Result r = Cli.run(tmp, "resume", "run", "--no-deadlock").assertCleanError();
        assertEquals(2, r.exit(), r::toString);
        assertTrue(r.err().contains("Unknown option: '--no-deadlock'"), r::toString);
    }

    /** Changes one item of a stored run's metadata, durably, as another build or a damaged file would leave it. */
    static void setMetadata(Path dir, String key, String value) {
        try (DurableStore s = StoreOpener.find().open(dir)) {
            s.putMetadata(key, value);
            s.checkpoint(s.lastCheckpoint());
        }
    }

    @SafeVarargs
    private static List<String> concat(List<String>... parts) {
        return java.util.Arrays.stream(parts).flatMap(List::stream).toList();
    }
}
