package dev.ariadne.bench.micro;

import dev.ariadne.collect.FingerprintSet;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

/** The visited set with a million fingerprints: insertion of new ones, lookup of known and unknown ones. */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class VisitedSetBenchmark {
    private static final int N = 1 << 20;
    private FingerprintSet set;
    private long[] known;
    private SplittableRandom rnd;
    private int i;

    @Setup(Level.Iteration)
    public void setup() {
        rnd = new SplittableRandom(42);
        set = new FingerprintSet(N);
        known = new long[N];
        for (int k = 0; k < N; k++) {
            known[k] = rnd.nextLong() | 1;
            set.add(known[k]);
        }
    }

    @Benchmark
    public boolean insertNew() {
        return set.add(rnd.nextLong() | 1);
    }

    @Benchmark
    public boolean lookupKnown() {
        return set.contains(known[i++ & (N - 1)]);
    }

    @Benchmark
    public boolean lookupUnknown() {
        return set.contains(rnd.nextLong() | 1);
    }
}
