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
 * their sum: what the user's machine must hold at once.
 */
final class TreeSampler implements AutoCloseable {
    /** The peaks seen; zero when nothing could be sampled (not Linux, or the process ended at once). */
    record Peak(long rssBytes, long anonBytes, int maxProcesses, int samples) {
    }

    private final ProcessHandle root;
    private final long periodMillis;
    private final Consumer<ProcessHandle> onDescendant;
    private final Thread thread;
    private volatile boolean stop;
    private long peakRss;
    private long peakAnon;
    private int maxProcesses;
    private int samples;

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
        int alive = 0;
        for (ProcessHandle h : tree) {
            long[] kb = status(h.pid());
            if (kb != null) {
                rss += kb[0];
                anon += kb[1];
                alive++;
            }
        }
        synchronized (this) {
            peakRss = Math.max(peakRss, rss * 1024);
            peakAnon = Math.max(peakAnon, anon * 1024);
            maxProcesses = Math.max(maxProcesses, alive);
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

    private static long kilobytes(String line) {
        String[] parts = line.trim().split("\\s+");
        return Long.parseLong(parts[1]);
    }

    Peak peak() {
        synchronized (this) {
            return new Peak(peakRss, peakAnon, maxProcesses, samples);
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
