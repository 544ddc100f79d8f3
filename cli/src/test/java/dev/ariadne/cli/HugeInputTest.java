package dev.ariadne.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Models nested or sized past what any design needs: exit 2 with the limit named, never a JVM error. */
class HugeInputTest {
    @TempDir
    Path tmp;

    private Cli.Result check(String model) throws IOException {
        Files.writeString(tmp.resolve("m.ari"), model);
        Cli.Result r = Cli.run(tmp, "check", "m.ari", "--no-deadlock", "--workers", "1").assertCleanError();
        assertFalse(r.err().contains("Error"), r::toString);
        assertTrue(r.err().lines().allMatch(l -> l.length() <= 200), "a long source line is shown in part: " + r);
        assertTrue(r.exit() == 0 || !Files.exists(tmp.resolve(CheckCommand.PARENT)), "a run directory was created");
        return r;
    }

    @Test
    void fourThousandNestedParenthesesAreTooDeep() throws IOException {
        Cli.Result r = check("var x = " + "(".repeat(4000) + "1" + ")".repeat(4000) + "\n");
        assertEquals(2, r.exit(), r::toString);
        assertTrue(r.err().startsWith("m.ari:1:209: expression nested too deeply (more than 200 levels)\n"
                + "    ..." + "(".repeat(120) + "...\n    " + " ".repeat(63) + "^\n"), r::toString);
    }

    @Test
    void fiftyThousandOpenBracketsAreTooDeep() throws IOException {
        Cli.Result r = check("var x = " + "[".repeat(50_000) + "\n");
        assertEquals(2, r.exit(), r::toString);
        assertTrue(r.err().contains("m.ari:1:209: expression nested too deeply (more than 200 levels)"),
                r::toString);
    }

    @Test
    void aHundredThousandUnaryMinusesAreTooDeep() throws IOException {
        Cli.Result r = check("var x = " + "-".repeat(100_000) + "1\n");
        assertEquals(2, r.exit(), r::toString);
        assertTrue(r.err().startsWith("m.ari:1:209: expression nested too deeply (more than 200 levels)\n"),
                r::toString);
    }

    @Test
    void nestingUpToTheLimitIsFine() throws IOException {
        Cli.Result r = check("var x = " + "(".repeat(150) + "-1" + ")".repeat(150) + "\ninit:\n    print(x)\n");
        assertEquals(0, r.exit(), r::toString);
        assertTrue(r.out().contains("\n-1\n"), r::toString);
    }

    @Test
    void blocksNestedPastTheLimitAreRefused() throws IOException {
        StringBuilder b = new StringBuilder("var x = 0\ninit:\n");
        for (int i = 1; i <= 150; i++) {
            b.append(" ".repeat(i)).append("if True:\n");
        }
        b.append(" ".repeat(151)).append("x = 1\n");
        Cli.Result r = check(b.toString());
        assertEquals(2, r.exit(), r::toString);
        assertTrue(r.err().startsWith("m.ari:103:"), r::toString);
        assertTrue(r.err().contains(": block nested too deeply (more than 100 levels)\n"), r::toString);
        assertEquals(1, r.err().lines().filter(l -> l.startsWith("m.ari:")).count(), r::toString);
    }

    @Test
    void aVeryLongChainOfOperatorsIsBadInputNotACrash() throws IOException {
        Cli.Result r = check("var x = 0" + " + 1".repeat(60_000) + "\ninit:\n    print(x)\n");
        assertTrue(r.exit() == 0 || r.exit() == 2, r::toString);
        if (r.exit() == 2) {
            assertEquals("m.ari: the model is nested too deeply to compile (an expression or a chain of operators"
                    + " far longer than a model needs)\n", r.err());
        }
    }

    @Test
    void aTwoGigabyteModelIsRefusedWithoutReadingIt() throws IOException {
        try (RandomAccessFile f = new RandomAccessFile(tmp.resolve("big.ari").toFile(), "rw")) {
            f.setLength(2L << 30); // sparse: no disk is used
        }
        Cli.Result r = Cli.run(tmp, "check", "big.ari").assertCleanError();
        assertEquals(2, r.exit(), r::toString);
        assertEquals("ariadne: cannot read 'big.ari': it is larger than " + CheckCommand.MAX_MODEL_FILE_BYTES
                + " bytes, the most a model file may hold\n", r.err());
    }

    @Test
    void anEndlessDeviceIsRefusedAfterTheLimit() {
        Cli.Result r = Cli.run(tmp, "check", "/dev/zero").assertCleanError();
        assertEquals(2, r.exit(), r::toString);
        assertTrue(r.err().contains("is larger than " + CheckCommand.MAX_MODEL_FILE_BYTES + " bytes"), r::toString);
    }
}
