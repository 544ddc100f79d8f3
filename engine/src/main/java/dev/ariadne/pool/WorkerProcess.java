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
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * One worker JVM as the pool sees it: the process, how many tasks it runs at once (its
 * executor threads), its input pipe (tasks go there), a thread blocked reading its output
 * (results come from there) and the tail of its standard error, kept to explain a crash.
 */
final class WorkerProcess<T> {
    private final Process process;
    private final DataOutputStream out;
    /** How many tasks it runs at once. */
    final int threads;
    /** Tasks sent and not yet answered, by task id (guarded by the pool's lock). */
    final Map<Long, Task<T>> inflight = new LinkedHashMap<>();
    /** The tasks it said it started and has not answered yet, by task id, with when each started (pool's lock). */
    final Map<Long, Long> running = new LinkedHashMap<>();
    /** The task it said broke its JVM (out of memory, a stack overflow), or the one the watchdog killed it for; or -1. */
    volatile long culprit = -1;
    private final ArrayDeque<String> stderrTail = new ArrayDeque<>();
    volatile boolean dead;
    /** When the worker last sent a frame (a heartbeat at least every second), or was started. */
    volatile long lastHeard = System.nanoTime();
    /** Whether it said it is ready: before that its JVM is still starting, which may take long on a loaded machine. */
    volatile boolean ready;
    /** Why the pool killed it, if it did (its exit status then only says "killed"). */
    private volatile DeathCause imposed;
    private volatile String imposedWhy;
    /** Counted down when its standard error is closed: every line of it is in {@link #stderrTail}. */
    private final CountDownLatch errorsDone = new CountDownLatch(1);

    /** Takes over a started worker JVM (perhaps started early, its first frames waiting in the pipe). */
    WorkerProcess(int id, Process process, int threads, Consumer<Frames.Frame> onFrame,
                  Consumer<WorkerProcess<T>> onDeath) {
        this.process = process;
        this.threads = threads;
        this.out = new DataOutputStream(new BufferedOutputStream(process.getOutputStream(), 1 << 16));
        Thread reader = new Thread(() -> {
            try (DataInputStream in = new DataInputStream(new BufferedInputStream(process.getInputStream(), 1 << 16))) {
                Frames.Frame f;
                while ((f = Frames.read(in)) != null) {
                    lastHeard = System.nanoTime();
                    if (f.type() == Frames.READY) {
                        ready = true;
                    } else if (f.type() == Frames.FATAL) {
                        culprit = f.id();
                    }
                    onFrame.accept(f);
                }
            } catch (IOException e) {
                // the worker died or closed its output: handled below
            }
            try {
                process.waitFor();
                // Its last error lines explain the death: read them all before reporting it.
                errorsDone.await(1, TimeUnit.SECONDS);
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
            } finally {
                errorsDone.countDown();
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
        StringBuilder b = new StringBuilder("worker process " + process.pid());
        if (imposed != null) {
            b.append(" was killed: ").append(imposedWhy);
        } else {
            b.append(" exited");
            if (!process.isAlive()) {
                b.append(" with status ").append(process.exitValue());
            }
        }
        synchronized (stderrTail) {
            if (!stderrTail.isEmpty()) {
                b.append(": ").append(String.join(" / ", stderrTail));
            }
        }
        return b.toString();
    }

    /** Why it died: the pool's own reason if it killed it, else what its exit status and error lines say. */
    DeathCause cause() {
        if (imposed != null) {
            return imposed;
        }
        int status = process.isAlive() ? -1 : process.exitValue();
        boolean oomLine;
        boolean noJvm;
        synchronized (stderrTail) {
            oomLine = stderrTail.stream().anyMatch(l -> l.contains("java.lang.OutOfMemoryError"));
            noJvm = stderrTail.stream().anyMatch(l -> l.contains("Could not create the Java Virtual Machine")
                    || l.contains("Error occurred during initialization of VM"));
        }
        if (!ready && noJvm && status > 0 && status <= 128) {
            return DeathCause.CANNOT_START;
        }
        if (status == WorkerLoop.OUT_OF_MEMORY_STATUS || oomLine) {
            return DeathCause.OUT_OF_MEMORY;
        }
        return status > 128 ? DeathCause.KILLED : DeathCause.CRASHED;
    }

    void kill() {
        process.destroyForcibly();
    }

    /** Whether one of its tasks in flight must run alone ({@link Task#alone}): then it takes no other. */
    boolean holdsATaskAlone() {
        for (Task<T> t : inflight.values()) {
            if (t.alone) {
                return true;
            }
        }
        return false;
    }

    /** Whether it has room for another task: fewer in flight than {@code capacity} per thread. */
    boolean hasRoom(int capacity) {
        return inflight.size() < capacity * threads;
    }

    /** Kills it for a reason of the pool's (a hang), which its death is then reported with. */
    void kill(DeathCause cause, String why) {
        imposedWhy = why;
        imposed = cause;
        process.destroyForcibly();
    }

    boolean waitFor(long millis) throws InterruptedException {
        return process.waitFor(millis, java.util.concurrent.TimeUnit.MILLISECONDS);
    }

    boolean isAlive() {
        return process.isAlive();
    }

    /** Gives every worker the same grace period together to exit, then kills what is left and waits for it. */
    static void stopAll(List<? extends WorkerProcess<?>> all, long graceMillis) {
        long deadline = System.nanoTime() + graceMillis * 1_000_000L;
        try {
            for (WorkerProcess<?> w : all) {
                w.waitFor(Math.max(0, (deadline - System.nanoTime()) / 1_000_000));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        for (WorkerProcess<?> w : all) {
            if (w.isAlive()) {
                w.kill();
            }
        }
        try {
            for (WorkerProcess<?> w : all) {
                w.waitFor(5000);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
