package dev.ariadne.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Samples the resident memory of a process and all its descendants (the coordinator and its
 * worker JVMs) every few milliseconds from {@code /proc/<pid>/status}, keeping the peak of
 * their sum (what the user's machine must hold at once), and their CPU time from
 * {@code /proc/<pid>/stat} (which, unlike wall time, hardly depends on other users' load).
 */
final class TreeSampler implements AutoCloseable {
    /**
     * The peaks seen; zero when nothing could be sampled (not Linux, or the process ended at once).
     * {@code cpuSeconds}: user + system time of the whole tree, as of the last sample.
     */
    record Peak(long rssBytes, long anonBytes, int maxJvms, int samples, double cpuSeconds) {
    }

    /** The kernel's clock tick for /proc times (USER_HZ): 100 on every Linux this runs on. */
    private static final double TICKS_PER_SECOND = 100.0;

    private final ProcessHandle root;
    private final long periodMillis;
    private final Consumer<ProcessHandle> onDescendant;
    private final Thread thread;
    private volatile boolean stop;
    private long peakRss;
    private long peakAnon;
    private int maxJvms;
    private int samples;
    private long cpuTicks;

    TreeSampler(ProcessHandle root, Duration period, Consumer<ProcessHandle> onDescendant) {
        this.root = root;
        this.periodMillis = Math.max(1, period.toMillis());
        this.onDescendant = onDescendant;
        this.thread = new Thread(this::loop, "bench-rss-" + root.pid());
        thread.setDaemon(true);
        thread.start();
    }

    private void loop() {
        while (!stop && root.isAlive()) {
            sample();
            try {
                Thread.sleep(periodMillis);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private void sample() {
        List<ProcessHandle> tree = new ArrayList<>();
        tree.add(root);
        root.descendants().forEach(d -> {
            tree.add(d);
            onDescendant.accept(d);
        });
        long rss = 0;
        long anon = 0;
        int jvms = 0;
        long ticks = 0;
        for (ProcessHandle h : tree) {
            long[] kb = status(h.pid());
            // A process's own time plus that of its children it has reaped: a worker JVM that has exited
            // and been waited for is in its coordinator's count, one not yet reaped is still listed here.
            ticks += cpuTicks(h.pid());
            if (kb != null) {
                rss += kb[0];
                anon += kb[1];
                if (h.info().command().map(c -> c.endsWith("/java")).orElse(false)) {
                    jvms++;
                }
            }
        }
        synchronized (this) {
            peakRss = Math.max(peakRss, rss * 1024);
            peakAnon = Math.max(peakAnon, anon * 1024);
            maxJvms = Math.max(maxJvms, jvms);
            cpuTicks = Math.max(cpuTicks, ticks);
            samples++;
        }
    }

    /** VmRSS and RssAnon in kB, or null if the process is gone (or has no memory any more: a zombie). */
    static long[] status(long pid) {
        String text;
        try {
            text = Files.readString(Path.of("/proc", Long.toString(pid), "status"));
        } catch (IOException | RuntimeException e) {
            return null;
        }
        long rss = -1;
        long anon = 0;
        for (String line : text.split("\n")) {
            if (line.startsWith("VmRSS:")) {
                rss = kilobytes(line);
            } else if (line.startsWith("RssAnon:")) {
                anon = kilobytes(line);
            }
        }
        return rss < 0 ? null : new long[] {rss, anon};
    }

    /** utime + stime + cutime + cstime from {@code /proc/<pid>/stat}, in clock ticks; 0 if the process is gone. */
    static long cpuTicks(long pid) {
        String text;
        try {
            text = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
        } catch (IOException | RuntimeException e) {
            return 0;
        }
        // The command name (field 2) is in parentheses and may hold spaces: count fields after it.
        String[] f = text.substring(text.lastIndexOf(')') + 2).trim().split("\\s+");
        if (f.length < 15) {
            return 0;
        }
        return Long.parseLong(f[11]) + Long.parseLong(f[12]) + Long.parseLong(f[13]) + Long.parseLong(f[14]);
    }

    private static long kilobytes(String line) {
        String[] parts = line.trim().split("\\s+");
        return Long.parseLong(parts[1]);
    }

    Peak peak() {
        synchronized (this) {
            return new Peak(peakRss, peakAnon, maxJvms, samples, cpuTicks / TICKS_PER_SECOND);
        }
    }

    @Override
    public void close() {
        stop = true;
        thread.interrupt();
        try {
            thread.join(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
