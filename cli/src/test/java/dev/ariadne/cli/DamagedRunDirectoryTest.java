package dev.ariadne.cli;

import dev.ariadne.store.Damage;
import dev.ariadne.store.StoreFiles;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static dev.ariadne.store.Damage.delete;
import static dev.ariadne.store.Damage.garble;
import static dev.ariadne.store.Damage.truncate;
import static dev.ariadne.store.Damage.truncateToHalf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A run directory damaged after its run finished, after it was stopped, or after its JVM was
 * killed: {@code resume} and {@code trace} exit 2 with one line naming the damaged file, never
 * a stack trace. The store's own refusals (truncation, damaged headers, missing files) are
 * tested in {@code store}'s DamagedStoreTest; here they go through the command. Damage inside
 * the data, which the store does not check when it opens, is met later (decoding a snapshot,
 * following a parent pointer, expanding the frontier) and must be reported the same way.
 * ResumeCommandTest already covers {@code resume} of a finished run with a garbled
 * {@code store.format} or a truncated {@code order.dat}.
 */
class DamagedRunDirectoryTest {
    /** Where the snapshot starts in a state's entry, after seq, fingerprint and record (store's StateEntry). */
    private static final int SNAPSHOT_START = 32;
    /** Where the parent's fingerprint starts in a state's entry. */
    private static final int PARENT_START = 16;

    @TempDir
    static Path base;

    @TempDir
    Path tmp;

    /** die_hard, finished with a violation: a trace to rebuild. */
    static Path finished;
    /** The fingerprints of die_hard's violation trace, in order (as printed in brackets). */
    static List<String> traceFps;
    /**
     * two_phase_commit RM_COUNT=8 (1.7 million states) stopped by --timeout: a clean store with states on the queue.
     * The model is far too big to finish within the limit on any machine, so the stop does not depend on speed.
     */
    static Path stopped;
    /** two_phase_commit RM_COUNT=8 killed with kill -9 while exploring: a store to be recovered. */
    static Path crashed;

    @BeforeAll
    static void runs() throws Exception {
        finished = base.resolve("finished");
        // Chronicle stores from the start: these are the damages of their files (SmallRunDirectoryTest damages states.small).
        Cli.Result r = Cli.runChronicle(base, "check", Cli.DIE_HARD.toString(), "--store", "finished");
        assertEquals(10, r.exit(), r::toString);
        traceFps = new ArrayList<>();
        Matcher m = Pattern.compile("(?m)^ +\\d+\\. .*\\[([0-9a-f]{16})\\]$").matcher(r.out());
        while (m.find()) {
            traceFps.add(m.group(1));
        }
        assertTrue(traceFps.size() >= 3, r::toString);

        stopped = base.resolve("stopped");
        r = Cli.runChronicle(base, "check", Cli.example("two_phase_commit.ari"), "--const", "RM_COUNT=8", "--store", "stopped",
                "--workers", "1", "--timeout", "1500ms", "--progress", "0");
        assertEquals(3, r.exit(), "the run must stop at its time limit with states on the queue: " + r);

        crashed = base.resolve("crashed");
        try (CliProcess p = CliProcess.start(base, "crashed", List.of(Cli.CHRONICLE_JVM_OPTION), List.of("check", Cli.example("two_phase_commit.ari"),
                "--const", "RM_COUNT=8", "--store", "crashed", "--workers", "2", "--checkpoint", "1",
                "--progress", "0"))) {
            assertTrue(p.await(() -> StoreFiles.published(crashed) >= 5_000, TimeUnit.MINUTES.toMillis(3)),
                    "the run ended before it could be killed: " + p);
            assertTrue(p.kill9());
            assertEquals(137, p.waitFor(60_000));
        }
        assertTrue(Files.exists(crashed.resolve("writer.dirty")), "kill -9 leaves the store marked dirty");
    }

    @AfterAll
    static void nothingIsLeftRunning() {
        assertEquals(List.of(), ProcessHandle.current().descendants().filter(ProcessHandle::isAlive)
                .map(ProcessHandle::pid).toList(), "processes left running");
    }

    /** Damage the store notices when it opens (length, header checksums, missing files). */
    static Stream<Arguments> damages() {
        List<Arguments> cases = new ArrayList<>();
        Object[][] damages = {
            {"snapshot tier cut in half", truncateToHalf("snapshots-0000.cm"), "snapshots-0000.cm is truncated"},
            {"snapshot tier header checksum garbled", garble("snapshots-0000.cm", 2),
                "snapshots-0000.cm has a damaged map header"},
            {"metadata map cut in half", truncateToHalf("meta.cm"), "meta.cm is truncated"},
            {"metadata map header garbled", garble("meta.cm", 100), "meta.cm has a damaged map header"},
            {"order file header garbled", garble("order.dat", 3), "order.dat has a damaged header"},
            {"order file cut inside its data", truncate("order.dat", 4096 + 8 * 10), "order.dat is truncated"},
            {"snapshot tier missing", delete("snapshots-0000.cm"), "snapshots-0000.cm is missing"},
            {"metadata map missing", delete("meta.cm"), "meta.cm is missing"},
            {"format marker garbled", garble("store.format", 30), "store.format is damaged"},
        };
        for (Object[] d : damages) {
            for (String run : List.of("finished", "crashed")) {
                for (String command : List.of("resume", "trace")) {
                    boolean inResumeCommandTest = run.equals("finished") && command.equals("resume")
                            && (d[0].equals("order file cut inside its data") || d[0].equals("format marker garbled"));
                    if (!inResumeCommandTest) {
                        cases.add(Arguments.of(command, run, d[0], d[1], d[2]));
                    }
                }
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} of a {1} run, {2}")
    @MethodSource("damages")
    @Timeout(120)
    void damageFoundWhenTheStoreOpensIsExitTwoWithOneLineNamingTheFile(String command, String run, String what,
                                                                        Damage damage, String expected)
            throws Exception {
        Path dir = copy(run.equals("finished") ? finished : crashed);
        damage.apply(dir);
        assertRefused(Cli.run(tmp, command, "damaged"), expected);
    }

    // Damage inside the data: the store opens; the command meets it later.

    @Test
    @Timeout(120)
    void traceThroughAGarbledSnapshotIsExitTwoNamingTheSnapshotFiles() throws Exception {
        Path dir = copy(finished);
        garbleEntry(dir, seqOf(dir, traceFps.get(1)), SNAPSHOT_START + 1);
        assertRefused(Cli.run(tmp, "trace", "damaged"), "snapshots-");
        assertRefused(Cli.run(tmp, "trace", "damaged", "--state", traceFps.get(2)), "snapshots-");
    }

    @Test
    @Timeout(120)
    void resumeOfAFinishedRunWithAGarbledSnapshotOnItsTraceIsExitTwoNamingTheSnapshotFiles() throws Exception {
        Path dir = copy(finished);
        garbleEntry(dir, seqOf(dir, traceFps.get(1)), SNAPSHOT_START + 1);
        assertRefused(Cli.run(tmp, "resume", "damaged"), "snapshots-");
    }

    @Test
    @Timeout(120)
    void traceAlongAGarbledParentPointerIsExitTwoNamingTheSnapshotFiles() throws Exception {
        Path dir = copy(finished);
        garbleEntry(dir, seqOf(dir, traceFps.get(2)), PARENT_START + 1);
        assertRefused(Cli.run(tmp, "trace", "damaged", "--state", traceFps.get(2)), "snapshots-");
    }

    @Test
    @Timeout(120)
    void resumeOfAStoppedRunWithAGarbledSnapshotOnItsQueueIsExitTwoNamingTheSnapshotFiles() throws Exception {
        Path dir = copy(stopped);
        garbleEntry(dir, StoreFiles.published(dir) - 1, SNAPSHOT_START + 1);
        assertRefused(Cli.run(tmp, "resume", "damaged", "--workers", "1", "--progress", "0"), "snapshots-");
    }

    @Test
    @Timeout(120)
    void resumeOfAStoppedRunWithAGarbledOrderEntryOnItsQueueIsExitTwoNamingTheOrderFile() throws Exception {
        Path dir = copy(stopped);
        long seq = StoreFiles.published(dir) - 1; // on the queue: expanded < published
        try (RandomAccessFile f = new RandomAccessFile(dir.resolve("order.dat").toFile(), "rw")) {
            f.seek(4096 + 8 * seq + 2);
            int b = f.read();
            f.seek(4096 + 8 * seq + 2);
            f.write(b ^ 0x5A);
        }
        assertRefused(Cli.run(tmp, "resume", "damaged", "--workers", "1", "--progress", "0"), "order.dat");
    }

    private static void assertRefused(Cli.Result r, String expected) {
        System.out.println(r.err().strip());
        r.assertCleanError();
        assertEquals(2, r.exit(), r::toString);
        List<String> lines = r.err().lines().toList();
        assertEquals(1, lines.size(), "one line on standard error: " + r);
        assertTrue(lines.get(0).startsWith("ariadne: "), r::toString);
        assertTrue(lines.get(0).contains(expected), "names the damaged file (" + expected + "): " + r);
    }

    /** A copy of a run directory, holes kept (the files are sparse), as {@code damaged} under this test's directory. */
    private Path copy(Path run) throws Exception {
        Path to = tmp.resolve("damaged");
        Process cp = new ProcessBuilder("cp", "-r", "--sparse=always", run.toString(), to.toString())
                .redirectErrorStream(true).start();
        String out = new String(cp.getInputStream().readAllBytes());
        assertEquals(0, cp.waitFor(), out);
        return to;
    }

    /** The sequence number of state {@code hex} (as printed in a trace), from the order file. */
    private static long seqOf(Path dir, String hex) throws IOException {
        long fp = Long.parseUnsignedLong(hex, 16);
        ByteBuffer order = ByteBuffer.wrap(Files.readAllBytes(dir.resolve("order.dat"))).order(ByteOrder.LITTLE_ENDIAN);
        for (long seq = 0; seq < StoreFiles.published(dir); seq++) {
            if (order.getLong(4096 + 8 * (int) seq) == fp) {
                return seq;
            }
        }
        throw new AssertionError("no state " + hex + " in the order file");
    }

    /**
     * Garbles three bytes of state {@code seq}'s entry, {@code offset} bytes into it, in every copy of its
     * chunk in the snapshot tiers. As store's Chunk lays them out, the states {@code 32k..32k+31} are one
     * value under key {@code k} (8 bytes, little-endian), followed in a Chronicle entry by the value's length
     * (a stop-bit number) and the value: a count, the end of each entry, then the entries, each starting
     * with its sequence number. A copy is recognised by that number where the layout puts the entry.
     */
    private static void garbleEntry(Path dir, long seq, int offset) throws IOException {
        byte[] key = ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN).putLong(seq / 32).array();
        int index = (int) (seq % 32);
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.getFileName().toString().startsWith("snapshots-")).sorted().toList();
        }
        int garbled = 0;
        for (Path file : files) {
            byte[] data = Files.readAllBytes(file);
            ByteBuffer b = ByteBuffer.wrap(data).order(ByteOrder.LITTLE_ENDIAN);
            for (int at = indexOf(data, key, 4096); at >= 0; at = indexOf(data, key, at + 1)) {
                for (int lengthBytes = 1; lengthBytes <= 4; lengthBytes++) {
                    int value = at + 8 + lengthBytes;
                    if (value + 4 > data.length) {
                        continue;
                    }
                    int count = b.getInt(value);
                    if (count <= index || count > 32 || value + 4 + 4 * count > data.length) {
                        continue;
                    }
                    long entry = value + 4L + 4L * count + (index == 0 ? 0 : b.getInt(value + 4 * index));
                    if (entry < 0 || entry + offset + 3 > data.length || b.getLong((int) entry) != seq) {
                        continue;
                    }
                    try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
                        for (long pos = entry + offset; pos < entry + offset + 3; pos++) {
                            f.seek(pos);
                            f.write(data[(int) pos] ^ 0x5A);
                        }
                    }
                    garbled++;
                    break;
                }
            }
        }
        assertTrue(garbled > 0, "no entry of state " + seq + " in the snapshot tiers");
    }

    private static int indexOf(byte[] data, byte[] key, int from) {
        outer:
        for (int i = from; i <= data.length - key.length; i++) {
            for (int j = 0; j < key.length; j++) {
                if (data[i + j] != key[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
