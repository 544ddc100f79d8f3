package dev.ariadne.cli;

import dev.ariadne.result.Progress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Progress on standard error: one line rewritten on a terminal, plain lines elsewhere, nothing with --quiet. */
class ProgressDisplayTest {
    private static final String E = ProgressDisplay.ERASE;

    @TempDir
    Path tmp;

    @Test
    void onATerminalOneLineIsRewrittenAndErasedBeforeAnythingElse() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream err = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        ProgressDisplay d = new ProgressDisplay(err, true);
        List<String> printed = new ArrayList<>();
        d.show("", new Progress(1.0, 3, 100, 40, 7, 40));
        d.show("", new Progress(2.0, 4, 300, 90, 9, 45));
        d.before(s -> err.print("[model prints " + s + "]")).accept("x");
        d.show("", new Progress(3.0, 5, 500, 120, 0, 40, "checking 1 temporal property"));
        d.show("N=2 ", new Progress(4.0, 6, 700, 150, 2, 37.5));
        d.clear();
        d.clear();
        assertEquals(E + "[1.00 s] depth 3: 100 generated, 40 distinct, 7 on the queue, 40 states/s"
                + E + "[2.00 s] depth 4: 300 generated, 90 distinct, 9 on the queue, 45 states/s"
                + E + "[model prints x]"
                + "[3.00 s] checking 1 temporal property" + System.lineSeparator()
                + E + "N=2 [4.00 s] depth 6: 700 generated, 150 distinct, 2 on the queue, 38 states/s"
                + E, bytes.toString(StandardCharsets.UTF_8));
    }

    @Test
    void elsewhereEachReportIsALine() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ProgressDisplay d = new ProgressDisplay(new PrintStream(bytes, true, StandardCharsets.UTF_8), false);
        d.show("", new Progress(1.0, 3, 100, 40, 7, 40));
        d.show("", new Progress(2.0, 4, 300, 90, 9, 45));
        d.clear();
        String out = bytes.toString(StandardCharsets.UTF_8);
        assertEquals(2, out.lines().count(), out);
        assertFalse(out.contains("\r") || out.contains("\033"), out);
    }

    /**
     * A check that never ends by itself (a counter with no bound), stopped by its time limit after
     * 2.5 s: with reports every second it shows at least two, whatever the machine's speed.
     */
    @Test
    void theCommandUsesTheModeOfItsStandardError() throws java.io.IOException {
        java.nio.file.Files.writeString(tmp.resolve("counter.ari"), "var n = 0\n\naction Count:\n    n += 1\n");
        String[] args = {"check", "counter.ari", "--workers", "1", "--timeout", "2500ms", "--no-deadlock"};
        Run live = run(true, with(args, "--store", "a", "--progress", "1"));
        assertEquals(ExitCodes.INTERRUPTED, live.exit, live.err);
        String progress = live.err.substring(0, live.err.lastIndexOf(E) + E.length());
        assertTrue(progress.startsWith(E + "["), live.err);
        assertFalse(progress.contains("\n"), "one line, rewritten: " + live.err);
        assertTrue(progress.split("\r", -1).length >= 4, "two reports and the erasing: " + live.err);
        assertTrue(progress.contains(" states/s"), live.err);

        Run lines = run(false, with(args, "--store", "b", "--progress", "1"));
        assertEquals(ExitCodes.INTERRUPTED, lines.exit, lines.err);
        assertFalse(lines.err.contains("\r") || lines.err.contains("\033"), lines.err);
        assertTrue(lines.err.lines().filter(l -> l.matches("\\[[0-9.]+ s\\] depth \\d+: .* states/s")).count() >= 2,
                lines.err);

        Run quiet = run(true, with(args, "--store", "c", "--quiet"));
        assertEquals(ExitCodes.INTERRUPTED, quiet.exit, quiet.err);
        assertFalse(quiet.err.contains("states/s") || quiet.err.contains("\r"), quiet.err);

        Run both = run(false, "check", "counter.ari", "--quiet", "--progress", "5");
        assertEquals(ExitCodes.USAGE, both.exit);
        assertTrue(both.err.contains("--quiet and --progress 5 contradict each other"), both.err);
    }

    private static String[] with(String[] args, String... more) {
        String[] all = java.util.Arrays.copyOf(args, args.length + more.length);
        System.arraycopy(more, 0, all, args.length, more.length);
        return all;
    }

    private record Run(int exit, String out, String err) {
    }

    private Run run(boolean terminal, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit;
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
             PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            exit = Main.run(args, o, e, tmp, terminal);
        }
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
