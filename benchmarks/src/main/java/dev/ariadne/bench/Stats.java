package dev.ariadne.bench;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The median and range of a few repeated measurements: with three noisy runs on a shared
 * machine, the median is the figure to quote and the range says how far to trust it.
 */
public record Stats(int n, double median, double min, double max) {
    /** The statistics of the values that are not null, or null when there are none. */
    public static Stats of(Collection<? extends Number> values) {
        List<Double> v = new ArrayList<>();
        for (Number x : values) {
            if (x != null && Double.isFinite(x.doubleValue())) {
                v.add(x.doubleValue());
            }
        }
        if (v.isEmpty()) {
            return null;
        }
        v.sort(Double::compare);
        int n = v.size();
        double median = n % 2 == 1 ? v.get(n / 2) : (v.get(n / 2 - 1) + v.get(n / 2)) / 2;
        return new Stats(n, median, v.get(0), v.get(n - 1));
    }
}
