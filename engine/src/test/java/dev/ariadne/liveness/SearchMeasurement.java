package dev.ariadne.liveness;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.Locale;
import java.util.Random;

/**
 * How fast one fair-cycle search runs on a graph of a million states and four million
 * edges (a measurement, not a test: it runs only with {@code -Dariadne.measure=true}).
 * <pre>
 * mvn -q -B -pl engine test -Dtest=SearchMeasurement -Dariadne.measure=true -Dsurefire.failIfNoSpecifiedTests=false
 * </pre>
 */
class SearchMeasurement {
    @Test
    void oneSearchOnAMillionStates() {
        Assumptions.assumeTrue(Boolean.getBoolean("ariadne.measure"), "a measurement: -Dariadne.measure=true");
        int n = 1_000_000;
        int out = 4;
        Random r = new Random(7);
        int[] start = new int[n + 1];
        int[] target = new int[n * out];
        int[] step = new int[n * out];
        int[] fair = new int[n * out];
        for (int s = 0; s < n; s++) {
            start[s] = s * out;
            for (int k = 0; k < out; k++) {
                int e = s * out + k;
                target[e] = k == 0 ? (s + 1) % n : r.nextInt(n); // a ring through everything, and random chords
                step[e] = k;
                fair[e] = k;
            }
        }
        start[n] = n * out;
        long[] bits = new long[n];
        for (int s = 0; s < n; s++) {
            bits[s] = r.nextInt(100) == 0 ? 1 : 0;
        }
        long[] fps = new long[n];
        Arrays.setAll(fps, i -> i + 1L);
        int[] levels = new int[n];
        Arrays.setAll(levels, i -> i);
        Graph g = new Graph(fps, start, target, step, fair, new boolean[] {false, false, false, true}, 4, bits, 1,
                levels);
        for (int round = 0; round < 5; round++) {
            long t = System.nanoTime();
            FairCycleSearch.Found f = new FairCycleSearch(g, s -> !g.bit(s, 0), s -> true, null,
                    new StopCheck(() -> false)).search();
            double ms = (System.nanoTime() - t) / 1e6;
            System.out.printf(Locale.ROOT, "round %d: %.0f ms (%.1f M edges/s), %s%n", round, ms, n * out / ms / 1e3,
                    f == null ? "holds" : "violated, lasso of " + f.states().length);
        }
    }
}
