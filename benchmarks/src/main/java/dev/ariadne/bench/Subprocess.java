package dev.ariadne.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;

/**
 * A child process whose output goes to files and whose whole tree (worker JVMs included) is
 * destroyed when it is closed, when it overruns its time limit, and when the harness itself
 * exits: nothing the harness starts may outlive it.
 */
final class Subprocess implements AutoCloseable {
    private static final Set<Subprocess> LIVE = ConcurrentHashMap.newKeySet();

    static {
        // Ctrl-C on the harness: the JVM runs shutdown hooks, so kill every tree still running.
        Runtime.getRuntime().addShutdownHook(new Thread(() -> LIVE.forEach(Subprocess::killTree), "bench-reaper"));
    }

    private final Process process;
    private final Thread pump;
    /** Every descendant ever seen (by the sampler): after the root exits they are orphans we can no longer find. */
    private final Set<ProcessHandle> seen = ConcurrentHashMap.newKeySet();
    private volatile List<ProcessHandle> leftovers = List.of();

    private Subprocess(Process process, Thread pump) {
        this.process = process;
        this.pump = pump;
    }

    /**
     * Starts {@code command} in {@code dir}. Standard error goes to {@code stderr}; standard output
     * to {@code stdout}, through {@code lines} (told the time in nanoseconds of each line) when it is
     * not null, so a caller can time the tool's own progress messages.
     */
    static Subprocess start(List<String> command, Path dir, Map<String, String> env, Path stdout, Path stderr,
                            BiConsumer<Long, String> lines) throws IOException {
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile());
        pb.environment().putAll(env);
        pb.redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()));
        pb.redirectError(stderr.toFile());
        if (lines == null) {
            pb.redirectOutput(stdout.toFile());
        }
        Process p = pb.start();
        Thread pump = null;
        if (lines != null) {
            pump = new Thread(() -> copy(p, stdout, lines), "bench-stdout-" + p.pid());
            pump.setDaemon(true);
            pump.start();
        }
        Subprocess s = new Subprocess(p, pump);
        LIVE.add(s);
        return s;
    }

    private static void copy(Process p, Path file, BiConsumer<Long, String> lines) {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
             Writer w = Files.newBufferedWriter(file)) {
            String line;
            while ((line = r.readLine()) != null) {
                lines.accept(System.nanoTime(), line);
                w.write(line);
                w.write('\n');
            }
        } catch (IOException e) {
            // The process was killed: its output ends here.
        }
    }

    ProcessHandle handle() {
        return process.toHandle();
    }

    void remember(ProcessHandle descendant) {
        seen.add(descendant);
    }

    /** The exit status, or empty when the time limit passed first (the tree is then killed). */
    OptionalInt waitFor(Duration limit) throws InterruptedException {
        if (!process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS)) {
            killTree();
            process.waitFor();
            return OptionalInt.empty();
        }
        if (pump != null) {
            pump.join(TimeUnit.SECONDS.toMillis(10));
        }
        return OptionalInt.of(process.exitValue());
    }

    /**
     * Descendants that were still alive two seconds after the root exited and had to be killed:
     * worker JVMs are meant to exit as soon as their coordinator does, so any is worth reporting.
     */
    List<ProcessHandle> leftovers() {
        return leftovers;
    }

    @Override
    public void close() {
        try {
            if (!process.isAlive()) {
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(2);
                while (seen.stream().anyMatch(ProcessHandle::isAlive) && System.nanoTime() < deadline) {
                    Thread.sleep(20);
                }
                leftovers = seen.stream().filter(ProcessHandle::isAlive).toList();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            killTree();
            LIVE.remove(this);
        }
    }

    /** SIGKILL to the root and every descendant, found now or seen before: the run's result no longer matters. */
    private void killTree() {
        List<ProcessHandle> all = new ArrayList<>();
        // Collect the descendants before the root dies: then they are reparented and out of reach.
        process.descendants().forEach(all::add);
        all.addAll(seen);
        process.destroyForcibly();
        for (ProcessHandle h : all) {
            h.destroyForcibly();
        }
        for (ProcessHandle h : all) {
            try {
                h.onExit().get(5, TimeUnit.SECONDS);
            } catch (Exception e) {
                // Not our child: onExit polls; if it is still there after 5 s there is nothing more to do.
            }
        }
    }
}
