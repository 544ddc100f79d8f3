package dev.ariadne.cli;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Bad command lines and bad models: the right exit status, a short message with the place, never a stack trace. */
class BadInputTest {
    @TempDir
    Path tmp;

    /** Nothing that fails before the run may leave a run directory behind. */
    @AfterEach
    void noRunDirectoryWasCreated() {
        assertFalse(Files.exists(tmp.resolve(CheckCommand.PARENT)), "a run directory was created");
    }

    private Cli.Result run(String... args) {
        return Cli.run(tmp, args).assertCleanError();
    }

    @Test
    void missingModelFileIsExitTwo() {
        Cli.Result r = run("check", "nope.ari");
        assertEquals(2, r.exit(), r::toString);
        assertEquals("ariadne: cannot read 'nope.ari': no such file\n", r.err());
    }

    @Test
    void directoryAsModelIsExitTwo() {
        Cli.Result r = run("check", ".");
        assertEquals(2, r.exit(), r::toString);
        assertTrue(r.err().contains("it is a directory"), r::toString);
    }

    @Test
    void everySyntaxErrorOfTheFileIsReportedWithItsLineAndCaret() throws IOException {
        Files.writeString(tmp.resolve("bad.ari"), """
                var x = 0
                action A:
                    x = = 1
                action B
                    y =
                """);
        Cli.Result r = run("check", "bad.ari");
        assertEquals(2, r.exit(), r::toString);
        assertTrue(r.err().contains("bad.ari:3:9: "), r::toString);
        assertTrue(r.err().contains("bad.ari:4:9: "), r::toString);
        assertTrue(r.err().contains("bad.ari:5:8: "), r::toString);
        assertTrue(r.err().contains("\n        x = = 1\n            ^\n"), "source line and caret: " + r);
        assertEquals("", r.out());
    }

    @Test
    void unknownConstantIsExitTwoAndNamesTheKnownOnes() {
        Cli.Result r = run("check", Cli.DIE_HARD.toString(), "--const", "HUGE=7");
        assertEquals(2, r.exit(), r::toString);
        assertTrue(r.err().contains("unknown constant 'HUGE'"), r::toString);
        assertTrue(r.err().contains("SMALL, BIG"), r::toString);
    }

    @Test
    void constantValueThatDoesNotParseIsExitTwoWithItsPlace() {
        Cli.Result r = run("check", Cli.DIE_HARD.toString(), "--const", "BIG=5+");
        assertEquals(2, r.exit(), r::toString);
        assertTrue(r.err().startsWith("--const BIG:1:3: "), r::toString);
        assertTrue(r.err().contains("\n    5+\n      ^\n"), r::toString);
    }

    @Test
    void orderingSymmetricValuesIsAStaticErrorOfCheckAndSimulateWithItsPlace() throws IOException {
        // the set is symmetric only through the option: the same model with integers is fine
        Files.writeString(tmp.resolve("elect.ari"), """
                const RM = {1, 2, 3}
                var leader = None
                action Elect(r in RM):
                    await leader == None
                    if all(r < s for s in RM if s != r):
                        leader = r
                """);
        for (String command : new String[] {"check", "simulate"}) {
            Cli.Result r = run(command, "elect.ari", "--const", "RM=symmetric(\"rm\", 3)");
            assertEquals(2, r.exit(), r::toString);
            assertEquals("elect.ari:5:14: symmetric values have no order: '<' would tell them apart (the model would"
                    + " not be symmetric)\n        if all(r < s for s in RM if s != r):\n                 ^\n", r.err());
        }
    }

    @Test
    void constantValueThatFailsPointsToTheOptionAndItsText() {
        Cli.Result r = run("check", Cli.DIE_HARD.toString(), "--const", "BIG=1//0");
        assertEquals(2, r.exit(), r::toString);
        assertEquals("--const BIG:1:2: integer division by zero\n    1//0\n     ^\n", r.err());
    }

    @Test
    void constantValueThatFailsInADefOfTheModelNamesTheFileAndTheOption() throws IOException {
        Files.writeString(tmp.resolve("d.ari"), "def f(x):\n    return 10 // x\nconst N = 1\nvar v = N\n");
        Cli.Result r = run("check", "d.ari", "--const", "N=f(0)");
        assertEquals(2, r.exit(), r::toString);
        assertTrue(r.err().startsWith("d.ari:2:"), r::toString);
        assertTrue(r.err().contains("integer division by zero (while evaluating --const N=f(0))"), r::toString);
    }

    @Test
    void constantValueThatNamesAnUnknownVariableOrHasTrailingTextPointsToTheOption() {
        Cli.Result unknown = run("check", Cli.DIE_HARD.toString(), "--const", "BIG=nope + 1");
        assertEquals(2, unknown.exit(), unknown::toString);
        assertTrue(unknown.err().startsWith("--const BIG:1:1: "), unknown::toString);
        assertTrue(unknown.err().contains("'nope'"), unknown::toString);
        Cli.Result trailing = run("check", Cli.DIE_HARD.toString(), "--const", "BIG=5)");
        assertEquals(2, trailing.exit(), trailing::toString);
        assertTrue(trailing.err().startsWith("--const BIG:1:2: "), trailing::toString);
    }

    @Test
    void constantWithoutAValueIsAUsageError() {
        Cli.Result r = run("check", Cli.DIE_HARD.toString(), "--const", "BIG");
        assertEquals(2, r.exit(), r::toString);
        assertTrue(r.err().contains("expected NAME=EXPR"), r::toString);
        assertTrue(r.err().contains("Try 'ariadne check --help'"), r::toString);
    }

    @Test
    void constantValueOfControlCharactersReachesTheParserInsteadOfFailingInternally() {
        for (String command : new String[] {"check", "simulate"}) {
            Cli.Result r = run(command, Cli.DIE_HARD.toString(), "--const", "BIG=\u0001", "--const", "SMALL=3");
            assertEquals(2, r.exit(), r::toString);
            assertTrue(r.err().startsWith("--const BIG:1:1: "), r::toString);
        }
    }

    @Test
    void constantWhoseValueFailsIsExitTwoWithItsPlace() throws IOException {
        Files.writeString(tmp.resolve("c.ari"), "const C = 1 // 0\nvar x = C\n");
        Cli.Result r = run("check", "c.ari");
        assertEquals(2, r.exit(), r::toString);
        assertTrue(r.err().matches("(?s)c\\.ari:1:\\d+: .*"), r::toString);
    }

    @Test
    void runtimeTypeErrorIsExitTwelveWithItsPlace() throws IOException {
        Files.writeString(tmp.resolve("t.ari"), """
                var x = 0
                action Add:
                    await x == 0
                    x = x + "one"
                """);
        Cli.Result r = Cli.run(tmp, "check", "t.ari", "--store", "t-run").assertCleanError();
        assertEquals(12, r.exit(), r::toString);
        assertTrue(r.out().matches("(?s).*\nt\\.ari:4:\\d+: [^\n]+\n        x = x \\+ \"one\"\n.*"), r::toString);
    }

    @Test
    void zeroWorkersIsAUsageError() {
        Cli.Result r = run("check", Cli.DIE_HARD.toString(), "--workers", "0");
        assertEquals(2, r.exit(), r::toString);
        assertTrue(r.err().startsWith("ariadne check: --workers must be between 1 and"), r::toString);
        assertTrue(r.err().contains("Try 'ariadne check --help' for more information."), r::toString);
    }

    @Test
    void workerJvmsOutOfRangeOrWithoutProcessIsolationAreUsageErrors() {
        Cli.Result r = run("check", Cli.DIE_HARD.toString(), "--workers", "2", "--isolation", "process",
                "--worker-jvms", "3");
        assertEquals(2, r.exit(), r::toString);
        assertTrue(r.err().startsWith("ariadne check: --worker-jvms must be between 1 and the number of workers (2),"
                + " not 3"), r::toString);
        r = run("check", Cli.DIE_HARD.toString(), "--isolation", "process", "--worker-jvms", "0");
        assertEquals(2, r.exit(), r::toString);
        assertTrue(r.err().startsWith("ariadne check: --worker-jvms must be between 1 and"), r::toString);
        r = run("check", Cli.DIE_HARD.toString(), "--workers", "2", "--worker-jvms", "2");
        assertEquals(2, r.exit(), r::toString);
        assertTrue(r.err().startsWith("ariadne check: --worker-jvms needs --isolation process"), r::toString);
    }

    @Test
    void workersThatIsNotANumberIsAUsageError() {
        Cli.Result r = run("check", Cli.DIE_HARD.toString(), "--workers", "many");
        assertEquals(2, r.exit(), r::toString);
        assertTrue(r.err().contains("--workers"), r::toString);
        assertTrue(r.err().lines().count() <= 3, "a short message, not the whole usage: " + r);
    }

    @Test
    void timeoutThatIsNotADurationIsAUsageError() {
        Cli.Result r = run("check", Cli.DIE_HARD.toString(), "--timeout", "abc");
        assertEquals(2, r.exit(), r::toString);
        assertTrue(r.err().contains("--timeout: 'abc' is not a duration"), r::toString);
    }

    @Test
    void badMaxDepthProgressAndCheckpointAreUsageErrors() {
        assertEquals(2, run("check", Cli.DIE_HARD.toString(), "--max-depth", "0").exit());
        assertEquals(2, run("check", Cli.DIE_HARD.toString(), "--progress", "-1").exit());
        assertEquals(2, run("check", Cli.DIE_HARD.toString(), "--checkpoint", "-5").exit());
        assertEquals(2, run("check", Cli.DIE_HARD.toString(), "--isolation", "fork").exit());
    }

    @Test
    void unknownOptionIsAShortUsageError() {
        Cli.Result r = run("check", Cli.DIE_HARD.toString(), "--wrkers", "2");
        assertEquals(2, r.exit(), r::toString);
        assertTrue(r.err().startsWith("ariadne check: Unknown option"), r::toString);
        assertTrue(r.err().lines().count() <= 4, "a short message, not the whole usage: " + r);
    }

    @Test
    void missingModelArgumentIsAUsageError() {
        Cli.Result r = run("check");
        assertEquals(2, r.exit(), r::toString);
        assertTrue(r.err().contains("MODEL.ari"), r::toString);
    }

    @Test
    void unknownCommandAndNoCommandAreUsageErrors() {
        assertEquals(2, run("chek", "x.ari").exit());
        Cli.Result none = run();
        assertEquals(2, none.exit());
        assertTrue(none.err().contains("Usage: ariadne"), none::toString);
    }

    @Test
    void simulateRefusesABadDepthAndStoresAViolationThatTraceReads() {
        Cli.Result bad = run("simulate", Cli.DIE_HARD.toString(), "--depth", "0");
        assertEquals(2, bad.exit(), bad::toString);
        assertTrue(bad.err().contains("--depth must be at least 1"), bad::toString);
        Path peterson = Path.of("..", "examples", "peterson.ari").toAbsolutePath().normalize();
        Cli.Result r = run("simulate", peterson.toString(), "--const", "BROKEN=True", "--seed", "1", "--behaviours",
                "200", "--store", "sim");
        assertEquals(10, r.exit(), r::toString);
        assertTrue(r.out().contains("Invariant MutualExclusion is violated"), r::toString);
        Cli.Result t = run("trace", "sim");
        assertEquals(0, t.exit(), t::toString);
        assertTrue(t.out().contains("invariant 'MutualExclusion' is violated"), t::toString);
    }

    @Test
    void storeThatIsNotEmptyIsRefused() throws IOException {
        Files.createDirectories(tmp.resolve("full"));
        Files.writeString(tmp.resolve("full/notes.txt"), "mine");
        Cli.Result r = run("check", Cli.DIE_HARD.toString(), "--store", "full");
        assertEquals(2, r.exit(), r::toString);
        assertTrue(r.err().contains("--store 'full' is not empty"), r::toString);
    }

    @Test
    void jsonIntoAMissingDirectoryIsAUsageError() {
        Cli.Result r = run("check", Cli.DIE_HARD.toString(), "--json", "no/such/dir/r.json");
        assertEquals(2, r.exit(), r::toString);
        assertTrue(r.err().contains("its directory does not exist"), r::toString);
    }

    @Test
    void helpAndVersionExitZero() {
        Cli.Result help = Cli.run(tmp, "--help");
        assertEquals(0, help.exit());
        assertTrue(help.out().contains("check") && help.out().contains("resume") && help.out().contains("trace"));
        Cli.Result checkHelp = Cli.run(tmp, "check", "--help");
        assertEquals(0, checkHelp.exit());
        for (String option : new String[] {"--const", "--workers", "--isolation", "--store", "--no-deadlock",
            "--max-depth", "--timeout", "--continue", "--json", "--progress", "--checkpoint", "--invariant",
            "--property"}) {
            assertTrue(checkHelp.out().contains(option), option + " in\n" + checkHelp.out());
        }
        Cli.Result version = Cli.run(tmp, "--version");
        assertEquals(0, version.exit());
        assertTrue(version.out().startsWith("ariadne "), version::toString);
    }
}
