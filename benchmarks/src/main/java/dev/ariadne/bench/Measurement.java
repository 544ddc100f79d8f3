package dev.ariadne.bench;

/**
 * What one run of a checker measured. Counts come from the tool's own report; times,
 * memory and disk from the harness. A value that could not be measured is null.
 *
 * @param repeat            which repetition (0-based) this run belongs to
 * @param exitCode          the process's exit status (-1 when it was killed at the time limit)
 * @param error             why the run is not a valid measurement, or null
 * @param status            the tool's verdict ({@code ok}, {@code violation}, ...)
 * @param wallSeconds       from starting the process to its exit: JVM start, compilation, store and search
 * @param searchSeconds     the search alone: Ariadne's {@code elapsed_seconds}; for TLC, from its
 *                          {@code Starting...} line to its {@code Finished in} line, as the harness saw them
 * @param cpuSeconds        user + system CPU time of the process tree, sampled (the last sample period is missed)
 * @param peakRssBytes      the peak of the summed VmRSS of the process tree (coordinator and worker JVMs)
 * @param peakAnonBytes     the same for RssAnon (resident memory not backed by files: heap, off-heap sets;
 *                          RSS also counts the pages of the memory-mapped store files)
 * @param maxJvms           the largest number of JVMs seen in the tree at once (other children, such as the
 *                          {@code ldconfig} Chronicle runs at start-up, count for RSS but not here)
 * @param heapAfterGcBytes  the coordinator's (TLC's) largest heap occupancy just after a collection
 * @param heapUsedBytes     the coordinator's largest heap occupancy seen (before a collection, or at exit)
 * @param workerHeapAfterGcBytes the largest heap after a collection of any worker JVM (process isolation)
 * @param gcPauseSeconds    stop-the-world GC pauses of all the run's JVMs, summed, from their GC logs
 * @param diskBytes         the run directory's allocated size ({@code du}), after the run
 * @param diskApparentBytes the sum of its files' lengths (sparse files count in full)
 * @param collisionProbability the estimated probability that two distinct states shared a fingerprint
 * @param loadBefore        the 1-minute load average when the run started
 * @param loadAfter         the 1-minute load average when it ended
 */
public record Measurement(Config config, int repeat, int exitCode, String error, String status,
                          Long distinct, Long generated, Long depth,
                          double wallSeconds, Double searchSeconds, Double cpuSeconds,
                          Long peakRssBytes, Long peakAnonBytes, Integer maxJvms,
                          Long heapAfterGcBytes, Long heapUsedBytes, Long workerHeapAfterGcBytes,
                          Double gcPauseSeconds, Long diskBytes, Long diskApparentBytes, Double collisionProbability,
                          Double loadBefore, Double loadAfter) {

    public boolean valid() {
        return error == null;
    }

    public Double distinctPerSearchSecond() {
        return rate(distinct, searchSeconds);
    }

    public Double generatedPerSearchSecond() {
        return rate(generated, searchSeconds);
    }

    public Double distinctPerWallSecond() {
        return rate(distinct, wallSeconds);
    }

    public Double generatedPerWallSecond() {
        return rate(generated, wallSeconds);
    }

    /** CPU microseconds per distinct state, over the whole run (start-up included). */
    public Double cpuMicrosPerState() {
        return cpuSeconds == null || distinct == null || distinct == 0 ? null : cpuSeconds * 1e6 / distinct;
    }

    public Double diskBytesPerState() {
        return diskBytes == null || distinct == null || distinct == 0 ? null : (double) diskBytes / distinct;
    }

    private static Double rate(Long count, Double seconds) {
        return count == null || seconds == null || seconds <= 0 ? null : count / seconds;
    }

    /** The same measurement, marked invalid for the reason given (e.g. counts that disagree with TLC). */
    public Measurement withError(String why) {
        return new Measurement(config, repeat, exitCode, why, status, distinct, generated, depth, wallSeconds,
                searchSeconds, cpuSeconds, peakRssBytes, peakAnonBytes, maxJvms, heapAfterGcBytes, heapUsedBytes,
                workerHeapAfterGcBytes, gcPauseSeconds, diskBytes, diskApparentBytes, collisionProbability, loadBefore, loadAfter);
    }
}
