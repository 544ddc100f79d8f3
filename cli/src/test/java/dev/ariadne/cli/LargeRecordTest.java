package dev.ariadne.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static dev.ariadne.cli.Json.at;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * No size limit of the store makes a run fail or unresumable: a run 180,000 levels deep has
 * a checkpoint record of over 1 MiB (its level starts), which meta.cm refused (exit 1,
 * "checkpoint record of … bytes … exceeds 1048576"); it is now kept in a side file. States
 * over 512 KiB were refused too ("snapshot of … bytes exceeds the store's limit"); each is
 * now kept in a file of its own, and so are large saved violations ({@code --continue}).
 */
class LargeRecordTest {
    private static final String DEEP = """
            const N = 180000
            var i = 0

            action Inc:
                await i < N
                i += 1
            """;

    /** Each state past the first holds lists of 150,000 ints: snapshots of about 600 KiB and more. */
    private static final String WIDE = "var lists = []\n\n" + LargeModels.grow(2);

    /** Twelve assertion failures with messages of about 110 KB each: over 1.3 MB of saved violations. */
    private static final String TALKATIVE = "var i = 0\n\n" + LargeModels.incAndBoom(12);

    @TempDir
    Path tmp;

    @Test
    @Timeout(value = 4, unit = TimeUnit.MINUTES)
    void manyViolationsWithLongMessagesAreSavedAndReadBack() throws Exception {
        Files.writeString(tmp.resolve("talk.ari"), TALKATIVE);
        Cli.Result check = Cli.run(tmp, "check", "talk.ari", "--store", "run", "--continue", "--workers", "2",
                "--progress", "0");
        assertEquals(10, check.exit(), () -> check.toString().substring(0, 2000));
        assertTrue(check.out().contains("(12 violations)"), () -> check.out().substring(0, 2000));
        Cli.Result resume = Cli.run(tmp, "resume", "run", "--progress", "0");
        assertEquals(10, resume.exit(), () -> resume.err());
        assertTrue(resume.out().contains("had already finished (violation)"), () -> resume.out().substring(0, 2000));
        assertTrue(resume.out().contains("(12 violations)"), () -> resume.out().substring(0, 2000));
    }

    @Test
    @Timeout(value = 4, unit = TimeUnit.MINUTES)
    void statesLargerThanAChunkAllowsAreStoredAndTheRunFinishesInBothIsolations() throws Exception {
        Files.writeString(tmp.resolve("wide.ari"), WIDE);
        for (String store : new String[] {"thread", "process", "process-chronicle"}) {
            String isolation = store.startsWith("process") ? "process" : "thread";
            String[] args = {"check", "wide.ari", "--store", store, "--no-deadlock", "--workers", "1", "--isolation",
                    isolation, "--progress", "0"};
            Cli.Result check = store.endsWith("chronicle") ? Cli.runChronicle(tmp, args) : Cli.run(tmp, args);
            assertEquals(0, check.exit(), check::toString);
            assertTrue(check.out().contains("3 distinct states"), check::toString);
            if (store.endsWith("chronicle")) {
                // In a Chronicle store each large snapshot is in a file of its own.
                try (var files = Files.list(tmp.resolve(store))) {
                    assertEquals(2, files.filter(f -> f.getFileName().toString().startsWith("large-")).count());
                }
            } else {
                // A run of 3 states stays small, in worker processes too (its batches carry their snapshots):
                // its file holds the two snapshots of over 512 KiB.
                assertTrue(Files.size(tmp.resolve(store).resolve("states.small")) > 2 * 512 * 1024);
            }
            Cli.Result resume = Cli.run(tmp, "resume", store, "--progress", "0");
            assertEquals(0, resume.exit(), resume::toString);
            assertTrue(resume.out().contains("had already finished (ok)"), resume::toString);
        }
    }

    @Test
    @Timeout(value = 4, unit = TimeUnit.MINUTES)
    void aRunDeeperThanTheOldRecordLimitFinishesAndItsResultIsReadBack() throws Exception {
        Files.writeString(tmp.resolve("deep.ari"), DEEP);
        Cli.Result check = Cli.run(tmp, "check", "deep.ari", "--store", "run", "--no-deadlock", "--workers", "2",
                "--progress", "0", "--json", "check.json");
        assertEquals(0, check.exit(), check::toString);
        Object run = at(Json.parse(Files.readString(tmp.resolve("check.json"))), "runs", 0);
        assertEquals(180_001L, at(run, "distinct_states"));
        assertEquals(180_001L, at(run, "depth"));
        try (var files = Files.list(tmp.resolve("run"))) {
            assertTrue(files.anyMatch(f -> f.getFileName().toString().matches("checkpoint-\\d+\\.dat")),
                    "the record is kept aside");
        }
        Cli.Result resume = Cli.run(tmp, "resume", "run", "--progress", "0");
        assertEquals(0, resume.exit(), resume::toString);
        assertTrue(resume.out().contains("had already finished (ok)"), resume::toString);
        assertTrue(resume.out().contains("180,001 distinct states"), resume::toString);
    }
}
