package dev.ariadne.api;

import java.util.Set;
import java.util.stream.Collectors;

/** The worker JVMs this test JVM has started, found among its live children ({@code GoneProcesses} waits for them to end). */
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
}
