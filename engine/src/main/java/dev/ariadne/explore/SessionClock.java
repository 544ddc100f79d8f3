package dev.ariadne.explore;

import dev.ariadne.expand.SessionOptions;

/**
 * The coordinator's clocks for one session: when it started, when it last reported progress
 * and wrote a checkpoint, and from those how long it may wait for the next event.
 */
final class SessionClock {
    private final SessionOptions options;
    final long startNanos = System.nanoTime();
    long lastProgress = startNanos;
    long lastCheckpoint = startNanos;

    SessionClock(SessionOptions options) {
        this.options = options;
    }

    boolean timedOut() {
        return options.timeoutMillis() > 0 && (System.nanoTime() - startNanos) / 1_000_000 >= options.timeoutMillis();
    }

    boolean progressDue(long now) {
        return options.progressMillis() > 0 && now - lastProgress >= options.progressMillis() * 1_000_000;
    }

    boolean checkpointDue(long now) {
        return options.checkpointMillis() > 0 && now - lastCheckpoint >= options.checkpointMillis() * 1_000_000;
    }

    /** Until the next progress line, checkpoint or time limit, whichever comes first (a minute when none is set). */
    long waitMillis() {
        long now = System.nanoTime();
        long wait = Long.MAX_VALUE;
        if (options.progressMillis() > 0) {
            wait = Math.min(wait, options.progressMillis() - (now - lastProgress) / 1_000_000);
        }
        if (options.checkpointMillis() > 0) {
            wait = Math.min(wait, options.checkpointMillis() - (now - lastCheckpoint) / 1_000_000);
        }
        if (options.timeoutMillis() > 0) {
            wait = Math.min(wait, options.timeoutMillis() - (now - startNanos) / 1_000_000);
        }
        return Math.max(1, wait == Long.MAX_VALUE ? 60_000 : wait);
    }
}
