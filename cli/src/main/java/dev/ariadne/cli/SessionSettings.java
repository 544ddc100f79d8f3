package dev.ariadne.cli;

import dev.ariadne.expand.ExploreOptions;
import dev.ariadne.api.Isolation;
import dev.ariadne.api.SessionBuilder;

import java.time.Duration;

/**
 * The settings of one session of a run that do not change its state space, and may differ
 * between a check and its resumes, as the command line gave them: workers, time limit,
 * checkpoint and progress intervals, and where the JSON report goes.
 *
 * @param isolation        workers as threads of this JVM or as worker processes
 * @param workerJvms       with process isolation, how many worker JVMs run the workers
 * @param timeoutMillis    stop (resumably) after this long; 0 for no limit
 * @param checkpointMillis write a checkpoint this often; 0 for only when the run stops
 * @param progressMillis   print a progress line this often; 0 for never
 * @param liveProgress     whether progress is one line rewritten in place (standard error is a terminal)
 * @param json             the JSON report's file, {@code -} for standard output, or null for none
 * @param html             the HTML report's file, or null for none
 */
record SessionSettings(int workers, Isolation isolation, int workerJvms, long timeoutMillis, long checkpointMillis,
                       long progressMillis, boolean liveProgress, String json, String html) {

    /** These settings applied to the options of a run (for an engine driven without the Java API). */
    ExploreOptions apply(ExploreOptions options) {
        return options.withTimeout(timeoutMillis).withCheckpoint(checkpointMillis).withProgress(progressMillis);
    }

    /** Gives these settings to a check or resume of the Java API. */
    <B extends SessionBuilder<B>> B applyTo(B builder) {
        return builder.workers(workers).isolation(isolation).workerJvms(workerJvms).timeout(Duration.ofMillis(timeoutMillis))
                .checkpointEvery(Duration.ofMillis(checkpointMillis)).progressEvery(Duration.ofMillis(progressMillis));
    }

    /** Whether the JSON report takes standard output (the human report then goes to standard error). */
    boolean jsonToStdout() {
        return "-".equals(json);
    }
}
