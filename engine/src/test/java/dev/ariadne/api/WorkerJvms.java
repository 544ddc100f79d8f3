package dev.ariadne.api;

import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.fail;

/** The worker JVMs this test JVM has started, found among its live children, and waiting for them to end. */
final class WorkerJvms {
    private WorkerJvms() {
    }

    /** This JVM's live worker JVMs (other tests of this JVM may have theirs: compare by difference). */
    static Set<Long> live() {
        return ProcessHandle.current().children().filter(ProcessHandle::isAlive)
                .filter(p -> p.info().commandLine().orElse("").contains("WorkerMain"))
                .map(ProcessHandle::pid).collect(Collectors.toSet());
    }

    /** The live worker JVMs that were not among {@code before}. */
    static Set<Long> startedSince(Set<Long> before) {
        Set<Long> now = live();
        now.removeAll(before);
        return now;
    }

    static boolean alive(long pid) {
        return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    }

    /** Waits up to ten seconds for every one of {@code pids} to end. */
    static void assertGone(Set<Long> pids) throws InterruptedException {
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
