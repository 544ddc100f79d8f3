package dev.ariadne.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * Ratios between configurations, taken pairwise within a repetition (runs of one repetition
 * ran next to each other, so they shared the machine's load) and then summarised: Ariadne
 * against TLC, process against thread isolation, and more workers against one.
 */
final class Comparisons {
    /** Ariadne in one isolation against TLC, same model and workers; ratios are Ariadne / TLC. */
    record VsTlc(String model, int workers, String engine, String counts, Stats wall, Stats cpu, Stats searchRate,
                 Stats wallRate, Stats rssAriadne, Stats rssTlc, Stats rss) {
    }

    /** One ratio of a metric between two configurations of one model: numerator / denominator. */
    record Ratio(String model, String what, String numerator, String denominator, Stats ratio) {
    }

    private Comparisons() {
    }

    static List<VsTlc> vsTlc(List<Summary> summaries) {
        List<VsTlc> out = new ArrayList<>();
        for (Summary a : summaries) {
            if (a.config().tool() != Config.Tool.ARIADNE) {
                continue;
            }
            Summary t = find(summaries, a.config().model(), Config.Tool.TLC, null, a.config().workers());
            if (t == null) {
                continue;
            }
            out.add(new VsTlc(a.config().model().name(), a.config().workers(), a.config().engine(), counts(a, t),
                    paired(a, t, m -> m.wallSeconds()),
                    paired(a, t, Measurement::cpuSeconds),
                    paired(a, t, Measurement::distinctPerSearchSecond),
                    paired(a, t, Measurement::distinctPerWallSecond),
                    a.stats(Measurement::peakRssBytes), t.stats(Measurement::peakRssBytes),
                    paired(a, t, m -> m.peakRssBytes() == null ? null : m.peakRssBytes().doubleValue())));
        }
        return out;
    }

    /** "yes", or what disagrees (including runs that failed, which cannot be compared). */
    private static String counts(Summary a, Summary t) {
        Long ad = a.agreed(Measurement::distinct);
        Long td = t.agreed(Measurement::distinct);
        Long ap = a.agreed(Measurement::depth);
        Long tp = t.agreed(Measurement::depth);
        if (!a.errors().isEmpty() || !t.errors().isEmpty()) {
            return "ERRORS (see the runs)";
        }
        if (ad == null || td == null || !ad.equals(td) || !Objects.equals(ap, tp)) {
            return "NO: " + ad + "/" + ap + " vs " + td + "/" + tp;
        }
        return "yes";
    }

    /** Process over thread isolation, and the largest worker count over one, for every model and engine. */
    static List<Ratio> ratios(List<Summary> summaries, List<Integer> workers) {
        List<Ratio> out = new ArrayList<>();
        List<BenchModel> models = summaries.stream().map(s -> s.config().model()).distinct().toList();
        for (BenchModel m : models) {
            for (int w : workers) {
                Summary p = find(summaries, m, Config.Tool.ARIADNE, "process", w);
                Summary t = find(summaries, m, Config.Tool.ARIADNE, "thread", w);
                if (p != null && t != null) {
                    addRates(out, m, "process/thread, " + w + " worker" + (w == 1 ? "" : "s"), p, t);
                }
            }
            int lo = workers.stream().min(Integer::compare).orElse(1);
            int hi = workers.stream().max(Integer::compare).orElse(1);
            if (lo == hi) {
                continue;
            }
            for (String engine : List.of("ariadne/thread", "ariadne/process", "tlc")) {
                Summary a = find(summaries, m, engine, hi);
                Summary b = find(summaries, m, engine, lo);
                if (a != null && b != null) {
                    addRates(out, m, engine + ", " + lo + "→" + hi + " workers", a, b);
                }
            }
        }
        return out;
    }

    private static void addRates(List<Ratio> out, BenchModel m, String what, Summary num, Summary den) {
        out.add(new Ratio(m.name(), what + ": distinct/s (search)", num.config().key(), den.config().key(),
                paired(num, den, Measurement::distinctPerSearchSecond)));
        out.add(new Ratio(m.name(), what + ": distinct/s (wall)", num.config().key(), den.config().key(),
                paired(num, den, Measurement::distinctPerWallSecond)));
        out.add(new Ratio(m.name(), what + ": CPU seconds", num.config().key(), den.config().key(),
                paired(num, den, Measurement::cpuSeconds)));
    }

    /** num/den of a metric, repetition by repetition, over the repetitions where both runs are valid. */
    static Stats paired(Summary num, Summary den, Function<Measurement, Double> f) {
        List<Double> ratios = new ArrayList<>();
        for (Measurement a : num.valid()) {
            Measurement b = den.repeat(a.repeat());
            Double x = f.apply(a);
            Double y = b == null ? null : f.apply(b);
            if (x != null && y != null && y != 0) {
                ratios.add(x / y);
            }
        }
        return Stats.of(ratios);
    }

    static Summary find(List<Summary> summaries, BenchModel m, Config.Tool tool, String isolation, int workers) {
        return summaries.stream().filter(s -> s.config().model().equals(m) && s.config().tool() == tool
                && Objects.equals(s.config().isolation(), isolation) && s.config().workers() == workers)
                .findFirst().orElse(null);
    }

    static Summary find(List<Summary> summaries, BenchModel m, String engine, int workers) {
        return summaries.stream().filter(s -> s.config().model().equals(m) && s.config().engine().equals(engine)
                && s.config().workers() == workers).findFirst().orElse(null);
    }
}
