package dev.ariadne.pool;

import java.io.File;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.ref.Cleaner;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * How to start a worker JVM: the same Java, class path and JVM flags as this one
 * (Chronicle's flags included), minus debugging agents, running the worker main class,
 * with the JVM's own output kept off the standard output that carries the frames
 * ({@link VmOutput}).
 *
 * <p>Unless a collector was chosen, a worker gets the serial one: its live heap is a batch
 * and its results (tens of megabytes), so parallel GC threads would only compete with the
 * workers for the cores and make every worker JVM larger (measured on 2pc RM=7, 2 workers:
 * 6.3–6.6 s of search instead of 7.0–8.4 s, 280 MB instead of 410–490 MB a JVM).
 *
 * <p>Worker JVMs may be started ahead of their pool ({@link #startEarly}), so that their own
 * start-up overlaps the coordinator's (compiling the model, creating the store) instead of
 * following it; the pool then adopts them before starting new ones.
 */
public final class WorkerLauncher {
    /** Set by the {@code ariadne} launcher to the JVM flags it added by itself, comma-separated. */
    static final String LAUNCHER_FLAGS = "ariadne.launcher.flags";
    /**
     * The environment variable of JVM flags for worker JVMs only, separated by spaces, each
     * {@code %w} in them replaced by the worker's number (to profile workers: a flight
     * recording per worker, {@code -XX:+CITime}). The coordinator's own flags are inherited anyway.
     */
    public static final String WORKER_OPTIONS = "ARIADNE_WORKER_JAVA_OPTS";
    /**
     * The system properties ({@code name=value}) every JVM of Ariadne's own gets for Chronicle, which
     * the launcher gives as flags (the parent pom's {@code ariadne.jvmFlags}) and a run of the
     * runnable jar sets itself: no analytics, no banner, no native POSIX binding (store.ChronicleRuntime).
     */
    public static final List<String> CHRONICLE_PROPERTIES = List.of("chronicle.analytics.disable=true",
            "chronicle.announcer.disable=true", "ariadne.chronicle.posix=off");
    static final Pattern GC_CHOICE = Pattern.compile("-XX:[+-]Use\\w*GC");
    /** Flags that size the heap or its young generation, as the launcher recognises them (a test holds the two alike). */
    static final Pattern HEAP_SIZE = Pattern.compile("-Xm[xn]|-XX:(Max)?NewSize=|-XX:NewRatio=|-XX:MaxHeapSize=");
    /** Kills the early workers of a launcher dropped without {@link #discardEarly} (a session never closed). */
    private static final Cleaner ORPHANS = Cleaner.create();
    private final String mainClass;
    private final List<String> extraArgs;
    private int started;
    /** Worker JVMs started ahead of the pool and not yet adopted by it, oldest first (guarded by this). */
    private final ArrayDeque<Process> early = new ArrayDeque<>();
    private Cleaner.Cleanable orphans;

    public WorkerLauncher(String mainClass, List<String> extraArgs) {
        this.mainClass = mainClass;
        this.extraArgs = List.copyOf(extraArgs);
    }

    public synchronized ProcessBuilder command() {
        List<String> cmd = new ArrayList<>();
        cmd.add(System.getProperty("java.home") + File.separator + "bin" + File.separator + "java");
        cmd.addAll(VmOutput.FIRST);
        List<String> own = new ArrayList<>();
        extraArgs.forEach(flag -> own.add(recordingAsProperty(flag)));
        own.addAll(workerOnly(System.getenv(WORKER_OPTIONS), started++));
        cmd.addAll(VmOutput.toStderr(jvmFlags(ManagementFactory.getRuntimeMXBean().getInputArguments(), own)));
        cmd.addAll(VmOutput.toStderr(own));
        cmd.addAll(manifestFlags(System.getProperty("java.class.path")));
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.add(mainClass);
        ProcessBuilder pb = new ProcessBuilder(cmd);
        VmOutput.clearOptionVariables(pb.environment());
        return pb;
    }

    /**
     * Starts {@code n} worker JVMs now, for the pool to adopt when it is created. Best effort:
     * one that cannot be started is left to the pool, which then fails as it would have.
     */
    public synchronized void startEarly(int n) {
        if (orphans == null) {
            orphans = ORPHANS.register(this, new Orphans(early));
        }
        for (int i = 0; i < n; i++) {
            try {
                early.add(command().start());
            } catch (IOException e) {
                return;
            }
        }
    }

    /** A worker JVM: the oldest one started early that is still alive, else a new one. */
    synchronized Process start() throws IOException {
        while (!early.isEmpty()) {
            Process p = early.poll();
            if (p.isAlive()) {
                return p;
            }
        }
        return command().start();
    }

    /** Kills the worker JVMs started early that no pool adopted (the run never started). */
    public synchronized void discardEarly() {
        for (Process p : early) {
            p.destroyForcibly();
        }
        for (Process p : early) {
            try {
                p.waitFor(5, java.util.concurrent.TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        early.clear();
    }

    /**
     * What the cleaner runs when a launcher with early workers becomes unreachable: it holds the
     * queue, never the launcher, and by then no pool can adopt from it.
     */
    private record Orphans(ArrayDeque<Process> early) implements Runnable {
        @Override
        public void run() {
            early.forEach(Process::destroyForcibly);
            early.clear();
        }
    }

    /**
     * The flags of {@link #WORKER_OPTIONS}' value for worker number {@code worker}. A flight
     * recording asked for with {@code -XX:StartFlightRecording} becomes the worker's own
     * property ({@link WorkerRecording} starts it), since the JVM would print its start-up notice on
     * the standard output that carries the frames, whatever {@code -Xlog} says.
     */
    static List<String> workerOnly(String value, int worker) {
        List<String> flags = new ArrayList<>();
        if (value != null) {
            for (String flag : value.trim().split("\\s+")) {
                if (!flag.isEmpty()) {
                    flags.add(recordingAsProperty(flag.replace("%w", Integer.toString(worker))));
                }
            }
        }
        return flags;
    }

    private static String recordingAsProperty(String flag) {
        String start = "-XX:StartFlightRecording";
        if (!flag.startsWith(start)) {
            return flag;
        }
        String options = flag.substring(start.length());
        if (!options.isEmpty() && (options.charAt(0) == '=' || options.charAt(0) == ':')) {
            options = options.substring(1);
        }
        return "-D" + WorkerRecording.OPTIONS + "=" + options;
    }

    /**
     * The module flags that the manifest of a runnable jar gives its JVM ({@code Add-Opens},
     * {@code Add-Exports}, honoured only by {@code java -jar}), as command-line flags: a worker
     * runs from the same jar with {@code -cp}, where the manifest's are ignored. None when the
     * class path is not one jar, or the jar has no such entries; with them, what the launcher would
     * also have given (the thread stack, Chronicle's switches).
     */
    static List<String> manifestFlags(String classPath) {
        List<String> flags = new ArrayList<>();
        if (classPath == null || !classPath.endsWith(".jar") || classPath.contains(File.pathSeparator)) {
            return flags;
        }
        try (java.util.jar.JarFile jar = new java.util.jar.JarFile(classPath)) {
            java.util.jar.Manifest m = jar.getManifest();
            if (m == null) {
                return flags;
            }
            for (String entry : new String[] {"Add-Opens", "Add-Exports"}) {
                String value = m.getMainAttributes().getValue(entry);
                if (value == null) {
                    continue;
                }
                for (String target : value.trim().split("\\s+")) {
                    if (!target.isEmpty()) {
                        flags.add("--" + entry.toLowerCase(java.util.Locale.ROOT) + "=" + target + "=ALL-UNNAMED");
                    }
                }
            }
            if (!flags.isEmpty()) {
                // what the ariadne launcher would have given: the thread stack and Chronicle's switches
                flags.add("-Xss8m");
                CHRONICLE_PROPERTIES.forEach(p -> flags.add("-D" + p));
            }
        } catch (java.io.IOException e) {
            // not a readable jar: the worker gets the flags it was given on the command line only
        }
        return flags;
    }

    /** Whether a child JVM should get this JVM flag too: not debugging agents, not a flight recording. */
    public static boolean isInheritable(String flag) {
        return !flag.startsWith("-agentlib") && !flag.startsWith("-javaagent") && !flag.startsWith("-Xrunjdwp")
                && !flag.startsWith("-XX:StartFlightRecording") && !flag.startsWith("-XX:FlightRecorderOptions");
    }

    /**
     * The flags a worker gets from this JVM's: debugging agents and recordings left out, the
     * throughput collector with a young generation of at most 64 MB added if neither they nor
     * the worker's own flags ({@code own}) choose a collector (the young generation's size only
     * if they do not size the heap either).
     */
    static List<String> jvmFlags(List<String> inherited, List<String> own) {
        // The flags the launcher picks for the coordinator (its collector) are not the user's choice.
        List<String> launcherFlags = List.of(System.getProperty(LAUNCHER_FLAGS, "").split(","));
        List<String> flags = new ArrayList<>();
        boolean collectorChosen = false;
        boolean heapSized = false;
        for (String arg : inherited) {
            if (launcherFlags.contains(arg) || arg.startsWith("-D" + LAUNCHER_FLAGS + "=")) {
                continue;
            }
            if (isInheritable(arg)) {
                flags.add(arg);
                collectorChosen |= GC_CHOICE.matcher(arg).matches();
                heapSized |= HEAP_SIZE.matcher(arg).lookingAt();
            }
        }
        for (String arg : own) {
            collectorChosen |= GC_CHOICE.matcher(arg).matches();
            heapSized |= HEAP_SIZE.matcher(arg).lookingAt();
        }
        if (!collectorChosen) {
            // A worker JVM runs several workers: the serial collector stopped them all for its
            // single-threaded pauses, and the throughput one took 0.95-0.96 of the wall time on
            // 2pc-7 at 2 workers, in one JVM or two. Its live heap is the batches in flight, so its
            // young generation is smaller than the launcher's for a check: each page of it is
            // touched for the first time at a cost, and 64 MB against 128 took 0.97 of the time on
            // 2pc-7 and race-7 (docs/benchmarks.md, stop 21).
            flags.add("-XX:+UseParallelGC");
            if (!heapSized) {
                flags.add("-XX:MaxNewSize=64m");
            }
        }
        return flags;
    }
}
