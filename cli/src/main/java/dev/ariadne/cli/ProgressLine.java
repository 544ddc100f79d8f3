package dev.ariadne.cli;

import dev.ariadne.result.Progress;

import java.util.Locale;

/** Formats a progress report as one line for standard error. */
final class ProgressLine {
    private ProgressLine() {
    }

    /** {@code [12.3 s] depth 7: 1,234 generated, 567 distinct, 89 on the queue, 46 states/s}. */
    static String format(Progress p) {
        if (p.note() != null) {
            return "[" + Durations.format(p.elapsedSeconds()) + "] " + p.note();
        }
        return String.format(Locale.US, "[%s] depth %d: %,d generated, %,d distinct, %,d on the queue, %,d states/s",
                Durations.format(p.elapsedSeconds()), p.depth(), p.generated(), p.distinct(), p.queue(),
                Math.round(p.perSecond()));
    }
}
