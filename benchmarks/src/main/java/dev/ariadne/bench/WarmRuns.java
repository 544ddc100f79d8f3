package dev.ariadne.bench;

import dev.ariadne.api.Ariadne;
import dev.ariadne.load.ModelException;
import dev.ariadne.load.ModelLoader;
import dev.ariadne.result.CheckResult;
import dev.ariadne.expand.ExploreOptions;
import dev.ariadne.lang.compile.Program;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The engine alone, cold and warm: one model checked several times in one JVM, in memory
 * (no store, no CLI), printing each run's wall and CPU time. The first runs pay for the JIT
 * compiler; the later ones show what the engine does once compiled.
 *
 * <p>{@code java -Xss8m -cp 'benchmarks/target/classes:benchmarks/target/lib/*' dev.ariadne.bench.WarmRuns
 * MODEL.ari WORKERS RUNS [NAME=VALUE ...]}
 */
public final class WarmRuns {
    private WarmRuns() {
    }

    public static void main(String[] args) throws ModelException {
        if (args.length < 3) {
            System.err.println("usage: WarmRuns MODEL.ari WORKERS RUNS [NAME=VALUE ...]");
            System.exit(2);
        }
        Map<String, String> constants = new LinkedHashMap<>();
        for (int i = 3; i < args.length; i++) {
            int eq = args[i].indexOf('=');
            constants.put(args[i].substring(0, eq), args[i].substring(eq + 1));
        }
        Program program = ModelLoader.load(Path.of(args[0]), constants);
        int workers = Integer.parseInt(args[1]);
        int runs = Integer.parseInt(args[2]);
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        for (int run = 0; run < runs; run++) {
            long cpu0 = os.getProcessCpuTime();
            long t0 = System.nanoTime();
            CheckResult r = Ariadne.check(program).workers(workers).deadlock(false).run().result();
            double wall = (System.nanoTime() - t0) / 1e9;
            double cpu = (os.getProcessCpuTime() - cpu0) / 1e9;
            System.out.printf("run %d: %,d distinct states, wall %.2f s, CPU %.2f s (all threads, JIT included)%n",
                    run + 1, r.distinct(), wall, cpu);
        }
    }
}
