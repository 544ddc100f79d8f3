package dev.ariadne.cli;

import dev.ariadne.result.Status;

/** The exit statuses of the {@code ariadne} command (CLI.md), and how a check's verdict maps to them. */
final class ExitCodes {
    static final int OK = 0;
    static final int INTERNAL = 1;
    static final int USAGE = 2;
    static final int INTERRUPTED = 3;
    static final int VIOLATION = 10;
    static final int DEADLOCK = 11;
    static final int RUNTIME_ERROR = 12;
    static final int LIVENESS = 13;

    /** Most severe first (CLI.md: 1, 12, 10, 11, 13, 3, 0); usage errors never reach a verdict. */
    private static final int[] SEVERITY = {INTERNAL, RUNTIME_ERROR, VIOLATION, DEADLOCK, LIVENESS, INTERRUPTED, OK};

    private ExitCodes() {
    }

    static int of(Status status) {
        return switch (status) {
            case OK -> OK;
            case VIOLATION -> VIOLATION;
            case DEADLOCK -> DEADLOCK;
            case ERROR -> RUNTIME_ERROR;
            case LIVENESS -> LIVENESS;
            case INTERRUPTED -> INTERRUPTED;
            case FAILED -> INTERNAL;
        };
    }

    /** The more severe of two exit statuses of runs (for a matrix of runs). */
    static int worst(int a, int b) {
        return rank(a) <= rank(b) ? a : b;
    }

    private static int rank(int code) {
        for (int i = 0; i < SEVERITY.length; i++) {
            if (SEVERITY[i] == code) {
                return i;
            }
        }
        return -1; // unknown codes (usage errors) outrank every verdict
    }
}
