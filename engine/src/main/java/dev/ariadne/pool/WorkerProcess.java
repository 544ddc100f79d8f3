package dev.ariadne.pool;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.BufferedReader;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * One worker JVM as the pool sees it: the process, its input pipe (tasks go there), a
 * thread blocked reading its output (results come from there) and the tail of its
 * standard error, kept to explain a crash.
 */
final class WorkerProcess {
    private final Process process;
    private final DataOutputStream out;
    /** Tasks sent and not yet answered, by task id (guarded by the pool's lock). */
    final Map<Long, Task> inflight = new LinkedHashMap<>();
    /** The task the worker said it started and has not answered yet, or -1; and when it started. */
    long running = -1;
    long startedAt;
    private final ArrayDeque<String> stderrTail = new ArrayDeque<>();
    volatile boolean dead;

    WorkerProcess(int id, ProcessBuilder command, Consumer<Frames.Frame> onFrame, Consumer<WorkerProcess> onDeath)
            throws IOException {
        this.process = command.start();
        this.out = new DataOutputStream(new BufferedOutputStream(process.getOutputStream(), 1 << 16));
        Thread reader = new Thread(() -> {
            try (DataInputStream in = new DataInputStream(new BufferedInputStream(process.getInputStream(), 1 << 16))) {
                Frames.Frame f;
                while ((f = Frames.read(in)) != null) {
                    onFrame.accept(f);
                }
            } catch (IOException e) {
                // the worker died or closed its output: handled below
            }
            try {
                process.waitFor();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            dead = true;
            onDeath.accept(this);
        }, "ariadne-pool-reader-" + id);
        reader.setDaemon(true);
        reader.start();
        Thread errors = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(process.getErrorStream(),
                    StandardCharsets.UTF_8))) {
                String line;
                while ((line = r.readLine()) != null) {
                    synchronized (stderrTail) {
                        if (stderrTail.size() == 20) {
                            stderrTail.removeFirst();
                        }
                        stderrTail.addLast(line);
                    }
                }
            } catch (IOException e) {
                // the worker is gone
            }
        }, "ariadne-pool-stderr-" + id);
        errors.setDaemon(true);
        errors.start();
    }

    /** Sends a frame; false if the worker is gone. */
    boolean send(byte type, long taskId, byte[] body) {
        synchronized (out) {
            try {
                Frames.write(out, type, taskId, body);
                return true;
            } catch (IOException e) {
                return false;
            }
        }
    }

    long pid() {
        return process.pid();
    }

    /** Why the worker died, as far as its exit status and last error lines tell. */
    String deathReason() {
        StringBuilder b = new StringBuilder("worker process " + process.pid() + " exited");
        if (!process.isAlive()) {
            b.append(" with status ").append(process.exitValue());
        }
        synchronized (stderrTail) {
            if (!stderrTail.isEmpty()) {
                b.append(": ").append(String.join(" / ", stderrTail));
            }
        }
        return b.toString();
    }

    void kill() {
        process.destroyForcibly();
    }

    boolean waitFor(long millis) throws InterruptedException {
        return process.waitFor(millis, java.util.concurrent.TimeUnit.MILLISECONDS);
    }

    boolean isAlive() {
        return process.isAlive();
    }
}
