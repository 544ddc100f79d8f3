package dev.ariadne.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.function.BiConsumer;

/**
 * Runs one command as a measured subprocess, the same way for Ariadne and for TLC: the wall
 * time from start to exit, the process tree's peak resident memory, every JVM's GC log, and
 * the load average around it.
 */
final class MeasuredRun {
    /** What running the command showed; {@code exitCode} is -1 when it was killed at the time limit. */
    record Outcome(int exitCode, boolean timedOut, double wallSeconds, TreeSampler.Peak peak, List<GcLog.Heap> heaps,
                   long rootPid, Double loadBefore, Double loadAfter, int leftovers) {
        /** The heap of the JVM that was started (the coordinator; TLC), or null if it logged nothing. */
        GcLog.Heap rootHeap() {
            return heaps.stream().filter(h -> h.pid() == rootPid).findFirst().orElse(null);
        }

        /** Stop-the-world GC pauses, summed over every JVM of the run (a coordinator's pause stops every thread worker). */
        double gcPauseSeconds() {
            return heaps.stream().mapToDouble(GcLog.Heap::pauseSeconds).sum();
        }

        /** The largest peak-after-collection among the other JVMs (worker processes), or -1. */
        long workerPeakAfterGc() {
            return heaps.stream().filter(h -> h.pid() != rootPid).mapToLong(GcLog.Heap::peakAfterGc).max().orElse(-1);
        }
    }

    private MeasuredRun() {
    }

    /**
     * Runs {@code command} in {@code dir}; its output goes to {@code out.txt} and {@code err.txt}
     * in {@code runDir}, and its JVMs must log their collections to {@code runDir/gc} (see
     * {@link GcLog#option}).
     */
    static Outcome run(List<String> command, Path dir, Map<String, String> env, Path runDir, Duration timeout,
                       Duration samplePeriod, BiConsumer<Long, String> lines) throws IOException, InterruptedException {
        Double loadBefore = Host.loadAverage();
        long start = System.nanoTime();
        long end;
        OptionalInt exit;
        TreeSampler.Peak peak;
        Subprocess p = Subprocess.start(command, dir, env, runDir.resolve("out.txt"), runDir.resolve("err.txt"), lines);
        try {
            try (TreeSampler sampler = new TreeSampler(p.handle(), samplePeriod, p::remember)) {
                exit = p.waitFor(timeout);
                end = System.nanoTime();
                peak = sampler.peak();
            }
        } finally {
            p.close();
        }
        double wall = (end - start) / 1e9;
        long pid = p.handle().pid();
        int leftovers = p.leftovers().size();
        Double loadAfter = Host.loadAverage();
        return new Outcome(exit.orElse(-1), exit.isEmpty(), wall, peak, GcLog.read(runDir.resolve("gc")), pid,
                loadBefore, loadAfter, leftovers);
    }
}
