package dev.ariadne.bench;

import java.util.List;
import java.util.function.Function;

/**
 * The repeated runs of one configuration, summarised: counts (which must not vary), and the
 * median and range of every measured quantity over the valid runs.
 */
public record Summary(Config config, List<Measurement> runs) {

    public List<Measurement> valid() {
        return runs.stream().filter(Measurement::valid).toList();
    }

    public List<String> errors() {
        return runs.stream().filter(m -> !m.valid()).map(m -> "run " + (m.repeat() + 1) + ": " + m.error()).toList();
    }

    public Stats stats(Function<Measurement, Number> f) {
        return Stats.of(valid().stream().map(f).toList());
    }

    /** The count every valid run agrees on, or null (no valid run, or runs that disagree: then an error). */
    public Long agreed(Function<Measurement, Long> f) {
        List<Long> v = valid().stream().map(f).distinct().toList();
        return v.size() == 1 ? v.get(0) : null;
    }

    /** The valid run of repeat {@code r}, or null. */
    public Measurement repeat(int r) {
        return valid().stream().filter(m -> m.repeat() == r).findFirst().orElse(null);
    }
}
