package dev.ariadne.cli;

import dev.ariadne.store.JvmCommand;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import static org.junit.jupiter.api.Assertions.fail;

/**
 * The command in a child JVM, as the launcher runs it: this JVM's {@code java}, JVM flags
 * (Chronicle's {@code --add-opens} among them: the store tests' {@link JvmCommand})
 * and class path, main class {@link Main}. Standard output and error go to files. Every
 * process of its tree ever seen (worker JVMs included) is remembered, and {@link #close}
 * kills whatever of it is still alive, so nothing outlives the test.
 */
final class CliProcess implements AutoCloseable {
    /** The main class of a worker JVM of {@code --isolation process}. */
    static final String WORKER_MAIN = "dev.ariadne.expand.remote.WorkerMain";

    private final Process process;
    private final Path out;
    private final Path err;
    private final String name;
    private final Set<ProcessHandle> seen = new LinkedHashSet<>();

    private CliProcess(Process process, Path out, Path err, String name) {
        this.process = process;
        this.out = out;
        this.err = err;
        this.name = name;
    }

    /** Starts {@code java <this JVM's flags> [extraJvmArgs] -cp <class path> dev.ariadne.cli.Main args} in {@code cwd}. */
    static CliProcess start(Path cwd, String name, List<String> extraJvmArgs, List<String> args) throws IOException {
        return start(cwd, name, Map.of(), extraJvmArgs, args);
    }

    /** As {@link #start(Path, String, List, List)}, with {@code env} added to the child's environment. */
    static CliProcess start(Path cwd, String name, Map<String, String> env, List<String> extraJvmArgs,
                            List<String> args) throws IOException {
        List<String> command = JvmCommand.of(extraJvmArgs, Main.class.getName(), args);
        Path out = cwd.resolve(name + ".out");
        Path err = cwd.resolve(name + ".err");
        ProcessBuilder pb = new ProcessBuilder(command).directory(cwd.toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile());
        pb.environment().putAll(env);
        return new CliProcess(pb.start(), out, err, name);
    }

    static CliProcess start(Path cwd, String name, List<String> args) throws IOException {
        return start(cwd, name, List.of(), args);
    }

    long pid() {
        return process.pid();
    }

    Process process() {
        return process;
    }

    /** Stops every process a test started and checks that none of this JVM's descendants outlives it. */
    static void closeAll(List<CliProcess> started) throws InterruptedException {
        for (CliProcess p : started) {
            p.close();
        }
        org.junit.jupiter.api.Assertions.assertEquals(List.of(), ProcessHandle.current().descendants()
                .filter(ProcessHandle::isAlive).map(h -> h.pid() + " " + commandLine(h)).toList(),
                "processes left running");
    }

    boolean isAlive() {
        return process.isAlive();
    }

    String out() {
        return read(out);
    }

    String err() {
        return read(err);
    }

    /** Waits until standard output contains {@code text}; false if the process ended first. */
    boolean awaitOutput(String text, long timeoutMillis) throws InterruptedException {
        return await(() -> out().contains(text), timeoutMillis);
    }

    /** Waits until {@code condition} holds (polling); false if the process ended first. Fails after the timeout. */
    boolean await(BooleanSupplier condition, long timeoutMillis) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeoutMillis);
        while (!condition.getAsBoolean()) {
            if (!process.isAlive()) {
                return condition.getAsBoolean();
            }
            if (System.nanoTime() > deadline) {
                fail(name + ": nothing happened in " + timeoutMillis + " ms\n" + this);
            }
            Thread.sleep(20);
        }
        return true;
    }

    /** Sleeps up to {@code millis}, returning early if the process ends; true if it is still alive. */
    boolean sleepWhileAlive(long millis) throws InterruptedException {
        return !process.waitFor(millis, TimeUnit.MILLISECONDS);
    }

    /** Sends a signal ({@code INT}, {@code TERM}) with {@code kill}; false if the process had already ended. */
    boolean signal(String signal) throws IOException, InterruptedException {
        if (!process.isAlive()) {
            return false;
        }
        Process kill = new ProcessBuilder("kill", "-" + signal, Long.toString(process.pid()))
                .redirectErrorStream(true).start();
        kill.getInputStream().readAllBytes();
        kill.waitFor();
        return true;
    }

    /**
     * Whether SIGINT is ignored in this JVM, and so in every process it starts: a shell runs
     * a background job that way, and a JVM started so cannot handle SIGINT at all (the JVM
     * keeps an ignored shutdown signal ignored). Read from Linux's {@code /proc/self/status}.
     */
    static boolean sigintIgnored() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("SigIgn:")) {
                    long mask = Long.parseUnsignedLong(line.substring("SigIgn:".length()).trim(), 16);
                    return (mask & (1L << (2 - 1))) != 0; // SIGINT is signal 2
                }
            }
        } catch (IOException | NumberFormatException e) {
            // not Linux: assume the usual disposition
        }
        return false;
    }

    /** {@code kill -9} of the command's JVM (not of its worker JVMs); false if it had already ended. */
    boolean kill9() {
        if (!process.isAlive()) {
            return false;
        }
        workers(); // remember them: once orphaned they are no longer our descendants
        process.destroyForcibly();
        return true;
    }

    /** Waits for the process to end and returns its exit status; fails if it does not end in time. */
    int waitFor(long timeoutMillis) throws InterruptedException {
        if (!process.waitFor(timeoutMillis, TimeUnit.MILLISECONDS)) {
            fail(name + " did not end within " + timeoutMillis + " ms\n" + this);
        }
        return process.exitValue();
    }

    /** The live worker JVMs among the descendants (remembered for the clean-up). */
    List<ProcessHandle> workers() {
        List<ProcessHandle> workers = new ArrayList<>();
        for (ProcessHandle h : descendants()) {
            if (isWorker(h)) {
                workers.add(h);
            }
        }
        return workers;
    }

    /** Every live descendant now, remembered for the clean-up. */
    List<ProcessHandle> descendants() {
        List<ProcessHandle> all = process.toHandle().descendants().filter(ProcessHandle::isAlive).toList();
        synchronized (seen) {
            seen.addAll(all);
        }
        return all;
    }

    /** Every process of this command's tree ever seen that is still alive (after its JVM was killed: orphans). */
    List<ProcessHandle> survivors() {
        synchronized (seen) {
            return seen.stream().filter(ProcessHandle::isAlive).toList();
        }
    }

    static boolean isWorker(ProcessHandle h) {
        return commandLine(h).contains(WORKER_MAIN);
    }

    /**
     * The whole command line of a process. Linux's {@code /proc/PID/cmdline} is read in full:
     * {@code ProcessHandle.Info} reads only its first page (4 KB), and the test class path, which
     * the worker JVMs get too, is longer than that, so the main class after it would be cut off.
     */
    static String commandLine(ProcessHandle h) {
        try {
            byte[] raw = Files.readAllBytes(Path.of("/proc", Long.toString(h.pid()), "cmdline"));
            if (raw.length > 0) {
                return new String(raw, java.nio.charset.StandardCharsets.UTF_8).replace('\0', ' ');
            }
        } catch (IOException | RuntimeException e) {
            // not Linux, or the process is gone: what the JDK can tell
        }
        ProcessHandle.Info info = h.info();
        return info.commandLine().orElse("") + " " + String.join(" ", info.arguments().orElse(new String[0]));
    }

    /** Kills the tree: every remembered or current descendant, then the command's JVM; waits for them. */
    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            descendants();
        }
        List<ProcessHandle> all;
        synchronized (seen) {
            all = new ArrayList<>(seen);
        }
        process.destroyForcibly();
        all.forEach(ProcessHandle::destroyForcibly);
        process.waitFor(30, TimeUnit.SECONDS);
        for (ProcessHandle h : all) {
            try {
                h.onExit().get(30, TimeUnit.SECONDS);
            } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
                // reported by the tests' own check that nothing survived
            }
        }
    }

    @Override
    public String toString() {
        return name + " (pid " + process.pid() + (process.isAlive() ? ", running" : ", exit " + process.exitValue())
                + ")\n--- out:\n" + out() + "--- err:\n" + err();
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "(unreadable: " + e.getMessage() + ")\n";
        }
    }
}
