package dev.ariadne.pool;

import java.util.Collection;

import static org.junit.jupiter.api.Assertions.fail;

/** The check every test that starts worker JVMs ends with: each of them has ended, within ten seconds. */
public final class GoneProcesses {
    private GoneProcesses() {
    }

    public static boolean alive(long pid) {
        return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    }

    /** Waits up to ten seconds in all for every one of {@code pids} to end, and fails naming one that did not. */
    public static void assertGone(Collection<Long> pids) throws InterruptedException {
        long deadline = System.nanoTime() + 10_000_000_000L;
        for (long pid : pids) {
            while (alive(pid)) {
                if (System.nanoTime() > deadline) {
                    fail("worker JVM " + pid + " is still alive");
                }
                Thread.sleep(20);
            }
        }
    }
}
