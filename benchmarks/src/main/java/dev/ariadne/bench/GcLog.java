package dev.ariadne.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The heap of each JVM of a run, read from unified GC logs written with {@link #option}: one
 * file per JVM ({@code gc-<pid>.log}: worker JVMs inherit the coordinator's flags, and
 * {@code %p} keeps their logs apart). The peak heap after a collection is the best cheap
 * estimate of the live data; it costs the run nothing, unlike polling with {@code jcmd}.
 */
final class GcLog {
    /** One JVM's heap, in bytes; -1 where its log said nothing (no collection happened). */
    record Heap(long pid, long peakAfterGc, long peakBeforeGc, long usedAtExit, long peakCommitted, int pauses,
                double pauseSeconds) {
        /** The largest occupancy seen: before a collection, or at exit. */
        long peakUsed() {
            return Math.max(peakBeforeGc, usedAtExit);
        }
    }

    // "[1.630s][info][gc] GC(0) Pause Young (Normal) (G1 Evacuation Pause) 19M->6M(388M) 5.542ms"
    private static final Pattern PAUSE = Pattern.compile("(\\d+)([KMG])->(\\d+)([KMG])\\((\\d+)([KMG])\\)");
    // G1: " garbage-first heap   total 98304K, used 43889K"; Parallel: one line per generation.
    private static final Pattern EXIT = Pattern.compile("total (\\d+)K, used (\\d+)K");
    private static final Pattern MILLIS = Pattern.compile("([0-9.]+)ms\\s*$");
    private static final Pattern NAME = Pattern.compile("gc-(\\d+)\\.log");

    private GcLog() {
    }

    /** The JVM option that makes every JVM of a run log its collections into {@code dir}. */
    static String option(Path dir) {
        return "-Xlog:gc,gc+heap+exit:file=" + dir + "/gc-%p.log";
    }

    static List<Heap> read(Path dir) throws IOException {
        List<Heap> out = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return out;
        }
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.sorted().toList()) {
                Matcher m = NAME.matcher(f.getFileName().toString());
                if (m.matches()) {
                    out.add(parse(Long.parseLong(m.group(1)), Files.readAllLines(f)));
                }
            }
        }
        return out;
    }

    static Heap parse(long pid, List<String> lines) {
        long after = -1;
        long before = -1;
        long committed = -1;
        long exitUsed = 0;
        boolean sawExit = false;
        int pauses = 0;
        double pauseMillis = 0;
        for (String line : lines) {
            if (line.contains("[gc,heap,exit")) {
                Matcher e = EXIT.matcher(line);
                if (e.find() && !line.contains("Metaspace") && !line.contains("class space")) {
                    exitUsed += Long.parseLong(e.group(2)) * 1024;
                    sawExit = true;
                }
                continue;
            }
            if (!line.contains("Pause")) {
                continue;
            }
            Matcher m = PAUSE.matcher(line);
            if (m.find()) {
                pauses++;
                before = Math.max(before, bytes(m.group(1), m.group(2)));
                after = Math.max(after, bytes(m.group(3), m.group(4)));
                committed = Math.max(committed, bytes(m.group(5), m.group(6)));
                Matcher ms = MILLIS.matcher(line);
                if (ms.find()) {
                    pauseMillis += Double.parseDouble(ms.group(1));
                }
            }
        }
        return new Heap(pid, after, before, sawExit ? exitUsed : -1, committed, pauses, pauseMillis / 1000);
    }

    private static long bytes(String n, String unit) {
        long v = Long.parseLong(n);
        return switch (unit) {
            case "K" -> v << 10;
            case "M" -> v << 20;
            default -> v << 30;
        };
    }
}
