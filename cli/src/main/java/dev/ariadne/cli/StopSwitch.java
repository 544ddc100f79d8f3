package dev.ariadne.cli;

import dev.ariadne.api.Session;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Stops every run of one invocation resumably (Ctrl-C, SIGTERM): each run writes its
 * checkpoint at its next merge point and returns an interrupted result. A run registered
 * after the switch was thrown stops at once, so a signal during start-up is not lost.
 */
final class StopSwitch {
    private final Set<Session> runs = ConcurrentHashMap.newKeySet();
    private volatile String reason;
    /** Set once the command has a store to keep consistent; before that a signal simply ends the process. */
    private volatile boolean armed;

    /** From now on a signal stops the runs gracefully instead of ending the process. */
    void arm() {
        armed = true;
    }

    boolean armed() {
        return armed;
    }

    void register(Session run) {
        runs.add(run);
        if (reason != null) {
            run.requestStop();
        }
    }

    void unregister(Session run) {
        runs.remove(run);
    }

    /** Throws the switch; returns false if it was already thrown (the caller may then force an exit). */
    synchronized boolean trigger(String why) {
        if (reason != null) {
            return false;
        }
        reason = why;
        runs.forEach(Session::requestStop);
        return true;
    }

    /** Why the runs were stopped ({@code SIGINT}, {@code SIGTERM}), or null if they were not. */
    String reason() {
        return reason;
    }
}
