package dev.ariadne.bench;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.DoubleFunction;

/**
 * Prints the results as Markdown tables (speed; memory and disk; Ariadne against TLC; ratios),
 * each figure the median of the valid runs with their range in brackets, so that the output
 * can be pasted into the documentation as it is.
 */
final class Report {
    private static final double MB = 1024.0 * 1024.0;

    private Report() {
    }

    static void print(PrintStream out, List<Summary> summaries, List<Comparisons.VsTlc> vsTlc,
                      List<Comparisons.Ratio> ratios) {
        out.println("### Speed");
        out.println("Median of the valid runs [min–max]. *search*: Ariadne's `elapsed_seconds`; for TLC, from its "
                + "`Starting...` line to its `Finished in` line. *wall*: the whole process, JVM start included. *CPU*: user + "
                + "system time of the process tree (JVM start included), which depends much less on other users' load.");
        out.println();
        row(out, "model", "engine", "w", "ok", "distinct", "generated", "depth", "wall s", "search s", "CPU s",
                "distinct/s (search)", "distinct/s (wall)", "generated/s (search)", "CPU µs/state", "load");
        rule(out, 15);
        for (Summary s : summaries) {
            Config c = s.config();
            row(out, c.model().name(), c.engine(), Integer.toString(c.workers()),
                    s.valid().size() + "/" + s.runs().size(),
                    count(s.agreed(Measurement::distinct)), count(s.agreed(Measurement::generated)),
                    count(s.agreed(Measurement::depth)),
                    stats(s.stats(Measurement::wallSeconds), Report::seconds),
                    stats(s.stats(Measurement::searchSeconds), Report::seconds),
                    stats(s.stats(Measurement::cpuSeconds), Report::seconds),
                    stats(s.stats(Measurement::distinctPerSearchSecond), Report::rate),
                    stats(s.stats(Measurement::distinctPerWallSecond), Report::rate),
                    stats(s.stats(Measurement::generatedPerSearchSecond), Report::rate),
                    stats(s.stats(Measurement::cpuMicrosPerState), Report::micros),
                    stats(s.stats(Measurement::loadBefore), x -> String.format(Locale.ROOT, "%.1f", x)));
        }
        out.println();
        out.println("### Memory and disk");
        out.println("Peak RSS: the sum over the process tree (coordinator + worker JVMs), sampled every 50 ms; "
                + "*anon*: its RssAnon part (not file-backed: the store's mapped files are left out). Heap: the "
                + "largest occupancy after a GC, from `-Xlog:gc`; GC pauses: summed over all the run's JVMs. Disk: the run directory after the run, `du` "
                + "(allocated blocks) per distinct state.");
        out.println();
        row(out, "model", "engine", "w", "peak RSS MB", "anon MB", "JVMs", "heap after GC MB", "worker heap MB",
                "heap used MB", "GC pauses s", "disk MB", "disk B/state", "apparent B/state", "P(collision)");
        rule(out, 14);
        for (Summary s : summaries) {
            Config c = s.config();
            row(out, c.model().name(), c.engine(), Integer.toString(c.workers()),
                    stats(s.stats(Measurement::peakRssBytes), Report::mb),
                    stats(s.stats(Measurement::peakAnonBytes), Report::mb),
                    stats(s.stats(Measurement::maxJvms), x -> Long.toString(Math.round(x))),
                    stats(s.stats(Measurement::heapAfterGcBytes), Report::mb),
                    stats(s.stats(Measurement::workerHeapAfterGcBytes), Report::mb),
                    stats(s.stats(Measurement::heapUsedBytes), Report::mb),
                    stats(s.stats(Measurement::gcPauseSeconds), Report::seconds),
                    stats(s.stats(Measurement::diskBytes), Report::mb),
                    stats(s.stats(Measurement::diskBytesPerState), x -> String.format(Locale.ROOT, "%.0f", x)),
                    stats(s.stats(m -> m.diskApparentBytes() == null || m.distinct() == null || m.distinct() == 0
                            ? null : (double) m.diskApparentBytes() / m.distinct()), x -> String.format(Locale.ROOT, "%.0f", x)),
                    probability(s));
        }
        errors(out, summaries);
        if (!vsTlc.isEmpty()) {
            out.println();
            out.println("### Ariadne against TLC (ratios Ariadne/TLC, paired run by run within a repetition)");
            out.println();
            row(out, "model", "w", "Ariadne", "counts agree", "wall A/T", "CPU A/T", "distinct/s (search) A/T",
                    "distinct/s (wall) A/T", "peak RSS MB Ariadne", "peak RSS MB TLC", "RSS A/T");
            rule(out, 11);
            for (Comparisons.VsTlc v : vsTlc) {
                row(out, v.model(), Integer.toString(v.workers()), v.engine(), v.counts(),
                        stats(v.wall(), Report::ratio), stats(v.cpu(), Report::ratio), stats(v.searchRate(), Report::ratio),
                        stats(v.wallRate(), Report::ratio), stats(v.rssAriadne(), Report::mb),
                        stats(v.rssTlc(), Report::mb), stats(v.rss(), Report::ratio));
            }
        }
        if (!ratios.isEmpty()) {
            out.println();
            out.println("### Ratios (paired run by run within a repetition)");
            out.println();
            row(out, "model", "ratio", "median [min–max]");
            rule(out, 3);
            for (Comparisons.Ratio r : ratios) {
                row(out, r.model(), r.what(), stats(r.ratio(), Report::ratio));
            }
        }
    }

    private static void errors(PrintStream out, List<Summary> summaries) {
        List<String> lines = new ArrayList<>();
        for (Summary s : summaries) {
            for (String e : s.errors()) {
                lines.add("- **" + s.config().key() + "**, " + e);
            }
        }
        if (!lines.isEmpty()) {
            out.println();
            out.println("**Errors** (these runs are left out of the figures above):");
            lines.forEach(out::println);
        }
    }

    private static String probability(Summary s) {
        Stats p = s.stats(Measurement::collisionProbability);
        return p == null ? "" : String.format(Locale.ROOT, "%.1e", p.median());
    }

    static String stats(Stats s, DoubleFunction<String> f) {
        if (s == null) {
            return "";
        }
        if (s.n() == 1 || s.min() == s.max()) {
            return f.apply(s.median());
        }
        return f.apply(s.median()) + " [" + f.apply(s.min()) + "–" + f.apply(s.max()) + "]";
    }

    static String seconds(double s) {
        return String.format(Locale.ROOT, s < 10 ? "%.2f" : "%.1f", s);
    }

    static String rate(double r) {
        return String.format(Locale.ROOT, "%,.0f", r);
    }

    static String mb(double bytes) {
        return String.format(Locale.ROOT, "%,.0f", bytes / MB);
    }

    static String micros(double us) {
        return String.format(Locale.ROOT, us >= 100 ? "%,.0f" : "%.1f", us);
    }

    static String ratio(double r) {
        return String.format(Locale.ROOT, "%.2f", r);
    }

    static String count(Long n) {
        return n == null ? "?" : String.format(Locale.ROOT, "%,d", n);
    }

    private static void row(PrintStream out, String... cells) {
        out.println("| " + String.join(" | ", cells) + " |");
    }

    private static void rule(PrintStream out, int columns) {
        out.println("|" + "---|".repeat(columns));
    }
}
