package dev.ariadne.bench;

import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordedThread;
import jdk.jfr.consumer.RecordingFile;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Summarises a JFR recording of an {@code ariadne check} by thread group (coordinator,
 * workers, others): CPU samples, the hottest methods by self time, the Ariadne methods the
 * samples fall under, and the time spent parked, so the lead sees where time goes.
 */
public final class JfrSummary {
    /** Everything counted for one group of threads. */
    private static final class Group {
        long samples;
        final Map<String, Long> self = new HashMap<>();
        final Map<String, Long> ariadne = new HashMap<>();
        final Map<String, Long> packages = new HashMap<>();
        final Map<String, Long> inclusive = new HashMap<>();
        Instant first;
        Instant last;
        Duration parked = Duration.ZERO;
        Duration monitor = Duration.ZERO;
        /** Per thread of the group: the sum and number of its jdk.ThreadCPULoad readings (fractions of the machine). */
        final Map<String, double[]> cpu = new HashMap<>();

        /** Cores used on average by the group's threads (each thread averaged over the readings it has). */
        double cores(int hwThreads) {
            return cpu.values().stream().mapToDouble(x -> x[0] / x[1]).sum() * hwThreads;
        }
    }

    private final Map<String, Group> groups = new TreeMap<>();
    private Instant start;
    private Duration gcPauses = Duration.ZERO;
    private int hwThreads = Runtime.getRuntime().availableProcessors();
    private long collections;

    private JfrSummary() {
    }

    private static final String USAGE = "usage: benchmarks/harness jfr-summary FILE.jfr [--top N]";

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /** Summarises the recording {@code args} names on {@code out}; returns the exit status (2: bad input). */
    static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length == 1 && (args[0].equals("--help") || args[0].equals("-h"))) {
            out.println(USAGE);
            return 0;
        }
        boolean shape = args.length == 1 || args.length == 3 && args[1].equals("--top");
        if (!shape || args[0].startsWith("-")) {
            err.println(USAGE);
            return 2;
        }
        int top;
        try {
            top = args.length == 3 ? Integer.parseInt(args[2]) : 12;
        } catch (NumberFormatException e) {
            top = -1;
        }
        if (top < 1) {
            err.println("harness: jfr-summary: --top takes a positive number, not '" + args[2] + "'");
            return 2;
        }
        JfrSummary s = new JfrSummary();
        try {
            s.read(Path.of(args[0]));
        } catch (IOException | RuntimeException e) {
            // A missing or truncated file, or not a recording: say so, without a stack trace.
            err.println("harness: jfr-summary: cannot read '" + args[0] + "' as a flight recording: " + e.getMessage());
            return 2;
        }
        s.print(out, top);
        return 0;
    }

    /** Worker threads are numbered ({@code ariadne-worker-0}, ...): one group for all of them. */
    static String group(String thread) {
        if (thread == null) {
            return "(unknown)";
        }
        if (thread.startsWith("ariadne-coordinator")) {
            return "coordinator (ariadne-coordinator-*)";
        }
        if (thread.startsWith("ariadne-worker")) {
            return "workers (" + thread.replaceAll("-\\d+$", "") + "-*)";
        }
        return thread.replaceAll("[-#]?\\d+$", "");
    }

    private void read(Path file) throws IOException {
        try (RecordingFile f = new RecordingFile(file)) {
            while (f.hasMoreEvents()) {
                RecordedEvent e = f.readEvent();
                if (start == null || e.getStartTime().isBefore(start)) {
                    start = e.getStartTime();
                }
                String type = e.getEventType().getName();
                switch (type) {
                    case "jdk.ExecutionSample" -> sample(e);
                    case "jdk.ThreadPark" -> group(e.getThread()).parked = group(e.getThread()).parked.plus(e.getDuration());
                    case "jdk.JavaMonitorWait", "jdk.JavaMonitorEnter" ->
                            group(e.getThread()).monitor = group(e.getThread()).monitor.plus(e.getDuration());
                    case "jdk.ThreadCPULoad" -> {
                        double[] x = group(e.getThread("eventThread")).cpu.computeIfAbsent(
                                e.getThread("eventThread").getJavaName(), k -> new double[2]);
                        x[0] += e.getFloat("user") + e.getFloat("system");
                        x[1]++;
                    }
                    case "jdk.CPUInformation" -> hwThreads = e.getInt("hwThreads");
                    case "jdk.GarbageCollection" -> {
                        gcPauses = gcPauses.plus(e.getDuration("sumOfPauses"));
                        collections++;
                    }
                    default -> {
                    }
                }
            }
        }
    }

    private Group group(RecordedThread t) {
        return groups.computeIfAbsent(group(t == null ? null : t.getJavaName()), k -> new Group());
    }

    private void sample(RecordedEvent e) {
        RecordedThread t = e.getThread("sampledThread");
        Group g = group(t);
        g.samples++;
        Instant at = e.getStartTime();
        g.first = g.first == null || at.isBefore(g.first) ? at : g.first;
        g.last = g.last == null || at.isAfter(g.last) ? at : g.last;
        RecordedStackTrace st = e.getStackTrace();
        if (st == null || st.getFrames().isEmpty()) {
            return;
        }
        List<RecordedFrame> frames = st.getFrames();
        String top = method(frames.get(0));
        g.self.merge(top, 1L, Long::sum);
        g.packages.merge(pkg(frames.get(0)), 1L, Long::sum);
        boolean innermost = true;
        Set<String> onStack = new HashSet<>();
        for (RecordedFrame f : frames) {
            if (f.getMethod() != null && f.getMethod().getType().getName().startsWith("dev.ariadne.")) {
                if (innermost) {
                    g.ariadne.merge(method(f), 1L, Long::sum);
                    innermost = false;
                }
                // Inclusive time: a recursive method counts once per sample.
                if (onStack.add(method(f))) {
                    g.inclusive.merge(method(f), 1L, Long::sum);
                }
            }
        }
    }

    private static String method(RecordedFrame f) {
        if (f.getMethod() == null) {
            return "(unknown)";
        }
        String type = f.getMethod().getType().getName();
        return type.substring(type.lastIndexOf('.') + 1) + "." + f.getMethod().getName();
    }

    private static String pkg(RecordedFrame f) {
        if (f.getMethod() == null) {
            return "(unknown)";
        }
        String type = f.getMethod().getType().getName();
        int dot = type.lastIndexOf('.');
        return dot < 0 ? "(default)" : type.substring(0, dot);
    }

    private void print(PrintStream out, int top) {
        long total = groups.values().stream().mapToLong(g -> g.samples).sum();
        out.printf(Locale.ROOT, "%,d execution samples; %,d collections, %.2f s of GC pauses; times from the "
                + "recording's first event%n%n", total, collections, gcPauses.toMillis() / 1000.0);
        Map<String, Group> ordered = new LinkedHashMap<>();
        groups.entrySet().stream().sorted(Comparator.comparingLong((Map.Entry<String, Group> x) -> -x.getValue().samples))
                .forEach(x -> ordered.put(x.getKey(), x.getValue()));
        for (Map.Entry<String, Group> x : ordered.entrySet()) {
            Group g = x.getValue();
            if (g.samples == 0 && g.parked.isZero() && g.monitor.isZero() && g.cores(hwThreads) < 0.01) {
                continue;
            }
            out.printf(Locale.ROOT, "== %s: %,d samples (%.1f %%), %s parked %.1f s, monitor wait %.1f s%s%n", x.getKey(),
                    g.samples, total == 0 ? 0 : 100.0 * g.samples / total,
                    g.cpu.isEmpty() ? "" : String.format(Locale.ROOT, "%.2f cores on average while running (jdk.ThreadCPULoad),",
                            g.cores(hwThreads)),
                    g.parked.toMillis() / 1000.0, g.monitor.toMillis() / 1000.0, g.first == null ? "" : String.format(Locale.ROOT,
                            ", samples from %.1f s to %.1f s", seconds(g.first), seconds(g.last)));
            if (g.samples == 0) {
                out.println();
                continue;
            }
            table(out, "self (top frame)", g.self, g.samples, top);
            table(out, "innermost Ariadne method on the stack", g.ariadne, g.samples, top);
            table(out, "Ariadne methods anywhere on the stack (inclusive)", g.inclusive, g.samples, top);
            table(out, "package of the top frame", g.packages, g.samples, Math.min(top, 6));
            out.println();
        }
    }

    private double seconds(Instant t) {
        return Duration.between(start, t).toMillis() / 1000.0;
    }

    private static void table(PrintStream out, String title, Map<String, Long> counts, long samples, int top) {
        out.println("  " + title + ":");
        counts.entrySet().stream()
                .sorted(Comparator.comparingLong((Map.Entry<String, Long> e) -> -e.getValue()).thenComparing(Map.Entry::getKey))
                .limit(top)
                .forEach(e -> out.printf(Locale.ROOT, "    %5.1f %%  %s%n", 100.0 * e.getValue() / samples, e.getKey()));
    }
}
