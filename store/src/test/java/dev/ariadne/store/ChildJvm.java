package dev.ariadne.store;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A child JVM running one of the test mains, started with the current {@code java}, class
 * path and JVM flags (Chronicle needs its {@code --add-opens}). Its stdout lines are
 * queued by a daemon thread; {@link #close} kills it if it is still running, so it never
 * outlives the test.
 */
final class ChildJvm implements AutoCloseable {
    private static final String EOF = "\u0000eof";
    private final Process process;
    private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    private final Thread pump;
    private final Path stderr;

    private ChildJvm(Process process, Path stderr) {
        this.process = process;
        this.stderr = stderr;
        this.pump = new Thread(this::pumpLines, "child-stdout-" + process.pid());
        pump.setDaemon(true);
        pump.start();
    }

    static ChildJvm start(Path stderr, Class<?> main, String... args) throws IOException {
        return start(stderr, List.of(), main, args);
    }

    /** A child JVM with {@code jvmArgs} (system properties) besides this JVM's flags. */
    static ChildJvm start(Path stderr, List<String> jvmArgs, Class<?> main, String... args) throws IOException {
        Process process = new ProcessBuilder(JvmCommand.of(jvmArgs, main.getName(), List.of(args)))
                .redirectError(stderr.toFile())
                .start();
        return new ChildJvm(process, stderr);
    }

    private void pumpLines() {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = in.readLine()) != null; ) {
                lines.add(line);
            }
        } catch (IOException e) {
            // the child was killed: its pipe broke
        } finally {
            lines.add(EOF);
        }
    }

    /** The next stdout line, or null at end of output or after {@code timeoutMillis}. */
    String nextLine(long timeoutMillis) throws InterruptedException {
        String line = lines.poll(timeoutMillis, TimeUnit.MILLISECONDS);
        if (EOF.equals(line)) {
            lines.add(EOF); // stay at end of output
            return null;
        }
        return line;
    }

    /** The next line starting with {@code prefix}, skipping others; null if none came in time. */
    String awaitLine(String prefix, long timeoutMillis) throws InterruptedException {
        long deadline = System.currentTimeMillis() + timeoutMillis;
        for (long left; (left = deadline - System.currentTimeMillis()) > 0; ) {
            String line = nextLine(left);
            if (line == null) {
                return null;
            }
            if (line.startsWith(prefix)) {
                return line;
            }
        }
        return null;
    }

    /** Every line queued so far, without waiting. */
    List<String> drain() {
        List<String> out = new ArrayList<>();
        lines.drainTo(out);
        out.remove(EOF);
        return out;
    }

    Process process() {
        return process;
    }

    /** kill -9, then wait for the process and its output pump to end. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(20, TimeUnit.SECONDS);
        pump.join(5_000);
    }

    String stderr() {
        try {
            return java.nio.file.Files.readString(stderr);
        } catch (IOException e) {
            return "(no stderr: " + e.getMessage() + ")";
        }
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            try {
                kill();
            } catch (InterruptedException e) {
                process.destroyForcibly();
                Thread.currentThread().interrupt();
            }
        }
    }
}
