package dev.ariadne.cli;

import dev.ariadne.api.Invocation;
import dev.ariadne.api.PrestartedWorkers;
import dev.ariadne.api.SessionBuilder;

/**
 * What a command starts from its raw arguments, before picocli has read them: the worker
 * JVMs of {@code check --isolation process} and {@code resume --isolation process}
 * ({@link PrestartedWorkers}), whose start-up then overlaps the command's own. Only options
 * written plainly are read; anything unclear starts nothing, and picocli then says what is
 * wrong with it.
 */
final class EarlyStart {
    private EarlyStart() {
    }

    /** Starts the worker JVMs of a check or resume in worker processes, as many as its options will ask for. */
    static void workers(String first, String[] args) {
        int jvms = workerJvms(first, args, Runtime.getRuntime().availableProcessors());
        if (jvms > 0) {
            PrestartedWorkers.start(jvms);
        }
    }

    /**
     * How many worker JVMs the command line {@code args} (its first word {@code first}) will
     * ask for on a machine of {@code cores} cores, or 0: not a check or resume in worker processes
     * here (a Spark run has none), or options that picocli would refuse. A resume of a run that
     * needs none (a Spark run's directory, a finished run) discards them when the command ends.
     */
    static int workerJvms(String first, String[] args, int cores) {
        if (!first.equals("check") && !first.equals("resume")) {
            return 0; // resume chooses its session anew, from its own options, as check does
        }
        String isolation = null;
        String engine = null;
        String workers = null;
        String jvms = null;
        for (int i = 1; i < args.length && !args[i].equals("--"); i++) {
            String next = i + 1 < args.length ? args[i + 1] : null;
            String a = args[i];
            isolation = value(a, next, "--isolation", isolation);
            engine = value(a, next, "--engine", engine);
            workers = value(a, next, "--workers", workers);
            jvms = value(a, next, "--worker-jvms", jvms);
        }
        if (!"process".equals(isolation) || (engine != null && !engine.equals("local"))) {
            return 0;
        }
        try {
            int n = workers == null ? cores : Integer.parseInt(workers);
            int j = jvms == null ? Invocation.defaultJvms(n) : Integer.parseInt(jvms);
            return n >= 1 && n <= SessionBuilder.MAX_WORKERS && j >= 1 && j <= n ? j : 0;
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** The value {@code arg} (followed by {@code next}) gives option {@code name}, or {@code current} if it names another. */
    private static String value(String arg, String next, String name, String current) {
        if (arg.equals(name)) {
            return next == null ? "" : next; // a value missing: picocli refuses it
        }
        return arg.startsWith(name + "=") ? arg.substring(name.length() + 1) : current;
    }
}
