package dev.ariadne.simulate;

import dev.ariadne.collect.HyperLogLog;
import dev.ariadne.expand.CoverageCounter;
import dev.ariadne.space.lang.LanguageCoverage;
import dev.ariadne.space.lang.LanguageCursor;
import dev.ariadne.lang.compile.Program;
import dev.ariadne.result.CoverageReport;
import dev.ariadne.result.Violation;
import dev.ariadne.snapshot.Fingerprint;
import dev.ariadne.snapshot.StateCodec;
import dev.ariadne.vm.EvalError;
import dev.ariadne.vm.Machine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Random simulation: behaviours numbered 0, 1, 2, ... are handed to the workers in
 * order, each walked from its own random stream ({@link Walker#stream}), so behaviour i
 * is the same whatever the number of workers or their timing. The violation reported is
 * that of the least-numbered violating behaviour: a worker stops taking behaviours past
 * it, and every behaviour before it is walked to its end, so a seeded run with a bound on
 * behaviours reports the same violation and trace at any worker count.
 */
public final class Simulator {
    private final Program program;
    private final SimulateOptions options;
    private volatile boolean stopped;

    public Simulator(Program program, SimulateOptions options) {
        this.program = program;
        this.options = options;
    }

    /** Asks a running simulation to stop starting behaviours (Ctrl-C). */
    public void stop() {
        stopped = true;
    }

    public SimulationResult run() throws InterruptedException {
        long start = System.nanoTime();
        List<byte[]> inits = new ArrayList<>();
        Violation initError = initialStates(inits);
        if (initError != null || inits.isEmpty()) {
            return new SimulationResult(0, 0, 0, 0, seconds(start), initError, 0, List.of(), new int[0], null);
        }
        long deadline = options.timeMillis() > 0 ? start + options.timeMillis() * 1_000_000L : Long.MAX_VALUE;
        long limit = options.behaviours() > 0 ? options.behaviours() : Long.MAX_VALUE;
        AtomicLong next = new AtomicLong();
        AtomicLong done = new AtomicLong();
        Walker.Found[] best = new Walker.Found[1];
        List<Walker> walkers = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        Throwable[] failure = new Throwable[1];
        for (int w = 0; w < Math.max(1, options.workers()); w++) {
            Walker walker = new Walker(program, options, inits);
            walkers.add(walker);
            Thread t = new Thread(() -> {
                try {
                    while (!stopped && System.nanoTime() < deadline) {
                        long i = next.getAndIncrement();
                        synchronized (best) {
                            if (i >= limit || (best[0] != null && i > best[0].index())) {
                                return;
                            }
                        }
                        Walker.Found f = walker.walk(i);
                        done.incrementAndGet();
                        if (f != null) {
                            synchronized (best) {
                                if (best[0] == null || f.index() < best[0].index()) {
                                    best[0] = f;
                                }
                            }
                        }
                    }
                } catch (RuntimeException | Error e) {
                    synchronized (best) {
                        failure[0] = e;
                    }
                    stopped = true;
                }
            }, "ariadne-simulate-" + w);
            threads.add(t);
            t.start();
        }
        for (Thread t : threads) {
            t.join();
        }
        if (failure[0] != null) {
            throw new IllegalStateException("a simulation worker failed: " + failure[0], failure[0]);
        }
        HyperLogLog distinct = new HyperLogLog();
        long states = 0;
        int longest = 0;
        CoverageCounter coverage = options.coverage() ? new CoverageCounter(new LanguageCoverage(program).layout()) : null;
        for (Walker w : walkers) {
            distinct.merge(w.distinct);
            states += w.states;
            longest = Math.max(longest, w.longest);
            if (coverage != null) {
                coverage.merge(w.coverage);
            }
        }
        CoverageReport report = coverage == null ? null : coverage.report(false);
        Walker.Found f = best[0];
        // with a violation, the behaviours counted are those up to it: the same at any worker count
        return new SimulationResult(f == null ? done.get() : f.index() + 1, states, distinct.estimate(), longest,
                seconds(start),
                f == null ? null : f.violation(), f == null ? -1 : f.index(), f == null ? List.of() : f.path(),
                f == null ? new int[0] : f.steps(), report);
    }

    /** Every initial state, each once, in the initialisation's order; an error of the initialisation as a violation. */
    private Violation initialStates(List<byte[]> out) {
        Machine m = new Machine(program, options.stepBudget());
        StateCodec codec = new StateCodec(program, false);
        Map<Long, byte[]> seen = new LinkedHashMap<>();
        try {
            m.init(id -> {
                codec.encodeAsIs(m);
                seen.putIfAbsent(Fingerprint.of(codec.buffer(), 0, codec.length()), codec.bytes());
            });
        } catch (EvalError e) {
            return LanguageCursor.error(program, e, 0, Machine.INIT_STEP, "Init");
        }
        out.addAll(seen.values());
        return null;
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }
}
