package dev.ariadne.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code --json FILE} onto what FILE may be: a regular file is replaced whole through an
 * exclusive temporary file, a FIFO is written into and stays a FIFO, a link keeps being a
 * link, a planted {@code .tmp} link is never followed; a report that cannot be written is a
 * warning and the verdict's exit status stands.
 */
class ReportFileTest {
    @TempDir
    Path tmp;

    private Cli.Result checkWithJson(String json) {
        return Cli.run(tmp, "check", Cli.DIE_HARD.toString(), "--workers", "1", "--json", json);
    }

    private static void assertIsTheReport(String text) {
        assertEquals("violation", Json.at(Json.parse(text), "status"), text);
    }

    private List<String> leftovers() throws IOException {
        try (Stream<Path> s = Files.list(tmp)) {
            return s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".tmp")).toList();
        }
    }

    @Test
    void aRegularFileIsReplacedWholeAndNoTemporaryFileIsLeft() throws IOException {
        Files.writeString(tmp.resolve("r.json"), "old and much longer than nothing at all ".repeat(200));
        Cli.Result r = checkWithJson("r.json");
        assertEquals(10, r.exit(), r::toString);
        assertIsTheReport(Files.readString(tmp.resolve("r.json")));
        assertEquals(List.of(), leftovers());
    }

    @Test
    @Timeout(120)
    void aFifoIsWrittenIntoAndStaysAFifo() throws Exception {
        Path fifo = tmp.resolve("r.fifo");
        Process mk = new ProcessBuilder("mkfifo", fifo.toString()).inheritIO().start();
        assertEquals(0, mk.waitFor());
        CompletableFuture<String> reader = CompletableFuture.supplyAsync(() -> {
            try {
                return Files.readString(fifo);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        Cli.Result r = checkWithJson("r.fifo");
        assertEquals(10, r.exit(), r::toString);
        assertIsTheReport(read(reader));
        assertFalse(Files.isRegularFile(fifo, LinkOption.NOFOLLOW_LINKS), "the FIFO was replaced by a file");
        assertTrue(Files.exists(fifo, LinkOption.NOFOLLOW_LINKS));
        assertEquals(List.of(), leftovers());
    }

    private static String read(CompletableFuture<String> reader)
            throws InterruptedException, ExecutionException, TimeoutException {
        return reader.get(60, TimeUnit.SECONDS);
    }

    @Test
    void aLinkToARegularFileStaysALinkAndItsTargetGetsTheReport() throws IOException {
        Path real = tmp.resolve("real.json");
        Files.writeString(real, "old");
        Files.createSymbolicLink(tmp.resolve("r.json"), real);
        Cli.Result r = checkWithJson("r.json");
        assertEquals(10, r.exit(), r::toString);
        assertTrue(Files.isSymbolicLink(tmp.resolve("r.json")), "the link was replaced by a file");
        assertIsTheReport(Files.readString(real));
    }

    @Test
    void aPlantedTemporaryLinkIsNotFollowed() throws IOException {
        Path victim = tmp.resolve("victim.txt");
        Files.writeString(victim, "precious\n");
        Files.createSymbolicLink(tmp.resolve("r.json.tmp"), victim);
        Cli.Result r = checkWithJson("r.json");
        assertEquals(10, r.exit(), r::toString);
        assertEquals("precious\n", Files.readString(victim));
        assertTrue(Files.isSymbolicLink(tmp.resolve("r.json.tmp")));
        assertIsTheReport(Files.readString(tmp.resolve("r.json")));
    }

    @Test
    void traceWritesItsReportTheSameWay() throws IOException {
        assertEquals(10, Cli.run(tmp, "check", Cli.DIE_HARD.toString(), "--store", "run").exit());
        Path victim = tmp.resolve("victim.txt");
        Files.writeString(victim, "precious\n");
        Files.createSymbolicLink(tmp.resolve("t.json.tmp"), victim);
        Cli.Result r = Cli.run(tmp, "trace", "run", "--json", "t.json");
        assertEquals(0, r.exit(), r::toString);
        assertEquals("precious\n", Files.readString(victim));
        assertTrue(Files.readString(tmp.resolve("t.json")).contains("\"violation\""));
    }

    @Test
    void aReportThatCannotBeWrittenIsAWarningAndTheVerdictStands() {
        // Too long a name fails for root too, unlike a read-only directory.
        String json = "r" + "e".repeat(300) + ".json";
        Cli.Result r = checkWithJson(json).assertCleanError();
        assertEquals(10, r.exit(), r::toString);
        assertTrue(r.err().startsWith("ariadne: warning: cannot write the JSON report to '" + json + "': "),
                r::toString);
        assertTrue(r.out().contains("Failed: Invariant NotSolved is violated"), r::toString);
    }

    @Test
    void aReportIntoAReadOnlyDirectoryIsAWarningAndTheVerdictStands() throws IOException {
        Path ro = Files.createDirectory(tmp.resolve("ro"));
        assertTrue(ro.toFile().setWritable(false, false));
        try {
            org.junit.jupiter.api.Assumptions.assumeFalse(Files.isWritable(ro), "root writes anywhere");
            Cli.Result r = checkWithJson("ro/r.json").assertCleanError();
            assertEquals(10, r.exit(), r::toString);
            assertTrue(r.err().contains("ariadne: warning: cannot write the JSON report to 'ro/r.json'"),
                    r::toString);
        } finally {
            ro.toFile().setWritable(true, false);
        }
    }
}
