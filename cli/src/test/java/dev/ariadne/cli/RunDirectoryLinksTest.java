package dev.ariadne.cli;

import dev.ariadne.api.Matrix;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Run directories whose files, or whose matrix entries, lead elsewhere: {@code trace} and
 * {@code resume} refuse them (exit 2, one line) and write nothing outside the run directory.
 */
class RunDirectoryLinksTest {
    @TempDir
    Path tmp;

    private Path finishedRun(String name) {
        Cli.Result r = Cli.run(tmp, "check", Cli.DIE_HARD.toString(), "--store", name, "--workers", "1");
        assertEquals(10, r.exit(), r::toString);
        return tmp.resolve(name);
    }

    private Path victim() throws IOException {
        Path victim = tmp.resolve("victim.txt");
        Files.writeString(victim, "precious\n");
        return victim;
    }

    @Test
    void traceRefusesADirtyMarkerThatIsALinkAndLeavesItsTargetAlone() throws IOException {
        Path run = finishedRun("run");
        Path victim = victim();
        Files.createSymbolicLink(run.resolve("writer.dirty"), victim);
        Cli.Result r = Cli.run(tmp, "trace", "run").assertCleanError();
        assertEquals(2, r.exit(), r::toString);
        assertEquals(1, r.err().lines().count(), r::toString);
        assertTrue(r.err().startsWith("ariadne: cannot trace 'run': "), r::toString);
        assertTrue(r.err().contains("writer.dirty is a symbolic link"), r::toString);
        assertEquals("precious\n", Files.readString(victim));
        assertTrue(Files.isSymbolicLink(run.resolve("writer.dirty")), "the link is left as it was");
    }

    @Test
    void resumeRefusesALockFileThatIsALink() throws IOException {
        Path run = finishedRun("run");
        Path victim = victim();
        Files.delete(run.resolve("writer.lock"));
        Files.createSymbolicLink(run.resolve("writer.lock"), victim);
        Cli.Result r = Cli.run(tmp, "resume", "run").assertCleanError();
        assertEquals(2, r.exit(), r::toString);
        assertTrue(r.err().contains("writer.lock is a symbolic link"), r::toString);
        assertEquals("precious\n", Files.readString(victim));
    }

    @Test
    void aDataFileThatIsALinkToAnIdenticalCopyIsRefusedToo() throws IOException {
        Path small = finishedRun("small");
        Cli.Result c = Cli.runChronicle(tmp, "check", Cli.DIE_HARD.toString(), "--store", "chronicle", "--workers", "1");
        assertEquals(10, c.exit(), c::toString);
        // The one file of a small run, the order file of a Chronicle one.
        for (Path file : List.of(small.resolve("states.small"), tmp.resolve("chronicle").resolve("order.dat"))) {
            Path copy = tmp.resolve(file.getParent().getFileName() + "-copy");
            Files.move(file, copy);
            Files.createSymbolicLink(file, copy);
            Cli.Result r = Cli.run(tmp, "trace", file.getParent().getFileName().toString()).assertCleanError();
            assertEquals(2, r.exit(), r::toString);
            assertTrue(r.err().contains(file.getFileName() + " is a symbolic link"), r::toString);
        }
    }

    @Test
    void aPlantedTemporaryFileLinkIsRefusedNotFollowed() throws IOException {
        Path run = finishedRun("run");
        Path victim = victim();
        Files.createSymbolicLink(run.resolve("store.format.tmp"), victim);
        Cli.Result r = Cli.run(tmp, "resume", "run").assertCleanError();
        assertEquals(2, r.exit(), r::toString);
        assertTrue(r.err().contains("store.format.tmp is a symbolic link"), r::toString);
        assertEquals("precious\n", Files.readString(victim));
    }

    private Path matrix() {
        Cli.Result r = Cli.run(tmp, "check", Cli.DIE_HARD.toString(), "--const", "BIG=5", "--const", "BIG=6",
                "--store", "m", "--workers", "1");
        assertEquals(10, r.exit(), r::toString);
        return tmp.resolve("m");
    }

    @Test
    void aMatrixEntryLeavingTheMatrixDirectoryIsRefused() throws IOException {
        Path m = matrix();
        finishedRun("elsewhere");
        for (String entry : List.of("../elsewhere", tmp.resolve("elsewhere").toString(), "BIG=5/../../elsewhere",
                "..")) {
            Files.write(m.resolve(Matrix.INDEX), List.of("BIG=5", entry));
            Cli.Result r = Cli.run(tmp, "resume", "m").assertCleanError();
            assertEquals(2, r.exit(), r::toString);
            assertEquals("ariadne: cannot resume 'm': matrix.runs names '" + entry
                    + "', which is not a run directory inside 'm'\n", r.err());
        }
    }

    @Test
    void aMatrixEntryThatIsALinkToAnotherRunIsRefused() throws IOException {
        Path m = matrix();
        finishedRun("elsewhere");
        Files.createSymbolicLink(m.resolve("BIG=7"), tmp.resolve("elsewhere"));
        Files.write(m.resolve(Matrix.INDEX), List.of("BIG=5", "BIG=7"));
        Cli.Result r = Cli.run(tmp, "resume", "m").assertCleanError();
        assertEquals(2, r.exit(), r::toString);
        assertTrue(r.err().contains("matrix.runs names 'BIG=7', which is not a run directory inside 'm'"),
                r::toString);
    }

    @Test
    void anUntouchedMatrixStillResumes() {
        matrix();
        Cli.Result r = Cli.run(tmp, "resume", "m");
        assertEquals(10, r.exit(), r::toString);
    }
}
