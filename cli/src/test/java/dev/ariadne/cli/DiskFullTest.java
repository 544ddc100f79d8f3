package dev.ariadne.cli;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static dev.ariadne.cli.Json.at;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * A full disk stops a check resumably: on a small tmpfs (mounted by the test, which needs
 * root; skipped otherwise) the check exits 3 saying there is no space left, leaves its store
 * marked dirty (not clean: what it wrote last may be incomplete), and once the filesystem is
 * made larger a resume finishes with TLC's counts. The command runs in a child JVM.
 */
class DiskFullTest {
    /** examples/two_phase_commit.expected, RM_COUNT=7 (TLC): 296,448 distinct, 2,744,706 generated, depth 23. */
    private static final long DISTINCT = 296_448;
    private static final long GENERATED = 2_744_706;
    private static final long DEPTH = 23;
    private static final long LIMIT_MILLIS = TimeUnit.MINUTES.toMillis(4);

    @TempDir
    Path tmp;

    private Path mount;
    private final List<CliProcess> started = new ArrayList<>();

    @AfterEach
    void unmount() throws Exception {
        for (CliProcess p : started) {
            p.close();
        }
        if (mount != null) {
            run("umount", mount.toString());
        }
    }

    @Test
    @Timeout(value = 8, unit = TimeUnit.MINUTES)
    void aFullDiskStopsTheCheckResumablyWithoutMarkingTheStoreCleanAndAResumeFinishesIt() throws Exception {
        // The run needs about 38 MB; 24 MB fill up half way.
        Path small = Files.createDirectory(tmp.resolve("small"));
        assumeTrue(run("mount", "-t", "tmpfs", "-o", "size=24m", "tmpfs", small.toString()) == 0,
                "mounting a tmpfs is not permitted here");
        mount = small;
        CliProcess check = start("check", List.of("check", Cli.example("two_phase_commit.ari"), "--const", "RM_COUNT=7",
                "--store", "small/run", "--workers", "2", "--checkpoint", "1", "--progress", "0"));
        int exit = check.waitFor(LIMIT_MILLIS);
        assertEquals(3, exit, check::toString);
        assertTrue(check.err().contains("ariadne: no space left on device writing " + small.resolve("run")),
                check::toString);
        assertTrue(check.err().contains("free some space, then: ariadne resume small/run"), check::toString);
        assertTrue(Files.exists(small.resolve("run").resolve("writer.dirty")), "the store is not marked clean");

        assertEquals(0, run("mount", "-o", "remount,size=128m", small.toString()), "growing the tmpfs");
        CliProcess resume = start("resume", List.of("resume", "small/run", "--workers", "2", "--progress", "0",
                "--json", "resume.json"));
        assertEquals(0, resume.waitFor(LIMIT_MILLIS), resume::toString);
        assertTrue(resume.err().contains("did not stop cleanly"), resume::toString);
        Object report = Json.parse(Files.readString(tmp.resolve("resume.json")));
        Object r = at(report, "runs", 0);
        assertEquals("ok", at(report, "status"), report::toString);
        assertEquals(DISTINCT, at(r, "distinct_states"), report::toString);
        assertEquals(GENERATED, at(r, "generated_states"), report::toString);
        assertEquals(DEPTH, at(r, "depth"), report::toString);
    }

    private CliProcess start(String name, List<String> args) throws IOException {
        CliProcess p = CliProcess.start(tmp, name, args);
        started.add(p);
        return p;
    }

    /** Runs a system command; its exit status (its output goes to this test's output). */
    private static int run(String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes());
        int status = p.waitFor();
        if (status != 0) {
            System.out.println(String.join(" ", command) + " -> " + status + ": " + output);
        }
        return status;
    }
}
