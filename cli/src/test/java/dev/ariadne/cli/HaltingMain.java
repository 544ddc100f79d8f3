package dev.ariadne.cli;

import dev.ariadne.io.WriteFaults;

import java.util.Arrays;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The command in a child JVM that dies at its N-th write, as a {@code kill -9} would leave
 * it: {@code Runtime.halt} runs no shutdown hook and no {@code finally}, so the run
 * directory holds exactly what was written before. Arguments: N, then the command's.
 */
public final class HaltingMain {
    /** The exit status of a JVM halted at its write, as a shell shows {@code kill -9}. */
    static final int HALTED = 137;

    private HaltingMain() {
    }

    public static void main(String[] args) {
        long at = Long.parseLong(args[0]);
        AtomicLong writes = new AtomicLong();
        WriteFaults.install((op, file, bytes) -> {
            if (writes.incrementAndGet() == at) {
                System.err.println("halting at write " + at + ": " + op + " " + file.getFileName());
                System.err.flush();
                Runtime.getRuntime().halt(HALTED);
            }
            return bytes;
        });
        Main.main(Arrays.copyOfRange(args, 1, args.length));
    }
}
