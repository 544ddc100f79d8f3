package dev.ariadne.pool;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.PriorityBlockingQueue;

/**
 * The main loop of a worker process: reads frames from the coordinator on one thread,
 * runs tasks on executor threads (one, or as many as the pool says), most urgent first,
 * and writes their results back. It exits when told to, and at once when its input ends:
 * the coordinator is gone, and a worker must never outlive it.
 */
public final class WorkerLoop {
    /** A task waiting or running in this worker. */
    private static final class Job {
        final long id;
        final long priority;
        final long sequence;
        final byte[] body;
        volatile boolean cancelled;

        Job(long id, long priority, long sequence, byte[] body) {
            this.id = id;
            this.priority = priority;
            this.sequence = sequence;
            this.body = body;
        }
    }

    private static final Job STOP = new Job(-1, Long.MIN_VALUE, Long.MIN_VALUE, new byte[0]);

    /** The exit status of a worker that ran out of memory, which the pool tells apart from other deaths. */
    public static final int OUT_OF_MEMORY_STATUS = 4;
    /** The exit status of a worker whose task thread met another error it cannot go on after. */
    public static final int BROKEN_STATUS = 3;
    /** The most executor threads a worker starts, whatever it is told. */
    static final int MAX_THREADS = 256;

    private final RemoteHandler handler;
    private final DataInputStream in;
    private final DataOutputStream out;
    private final PriorityBlockingQueue<Job> jobs = new PriorityBlockingQueue<>(16,
            Comparator.comparingLong((Job j) -> j.priority).thenComparingLong(j -> j.sequence));
    private final Map<Long, Job> byId = new ConcurrentHashMap<>();

    /** The task an executor thread runs, or -1: what a line printed on that thread belongs to. */
    private final ThreadLocal<long[]> running = ThreadLocal.withInitial(() -> new long[] {-1});
    /** The executor threads started so far (touched by the reading thread only). */
    private final List<Thread> executors = new ArrayList<>();

    public WorkerLoop(RemoteHandler handler, InputStream in, OutputStream out) {
        this.handler = handler;
        handler.setOutput(line -> {
            try {
                send(Frames.OUTPUT, running.get()[0], line.getBytes(StandardCharsets.UTF_8));
            } catch (IOException e) {
                // the coordinator is gone: the main loop ends the process
            }
        });
        this.in = new DataInputStream(new BufferedInputStream(in, 1 << 16));
        this.out = new DataOutputStream(new BufferedOutputStream(out, 1 << 16));
    }

    /** Serves until told to stop; returns the process's exit status. */
    public int run() throws Exception {
        WorkerRecording.startIfAsked();
        startExecutors(1);
        send(Frames.READY, 0, new byte[0]);
        Thread heartbeat = new Thread(this::beat, "ariadne-worker-heartbeat");
        heartbeat.setDaemon(true);
        heartbeat.start();
        while (true) {
            Frames.Frame f = Frames.read(in);
            if (f == null) {
                return 0; // the coordinator is gone
            }
            switch (f.type()) {
                case Frames.SETUP -> setup(f.body());
                case Frames.THREADS -> startExecutors((int) Math.min(f.id(), MAX_THREADS));
                case Frames.TASK -> {
                    ByteBuffer b = ByteBuffer.wrap(f.body());
                    long priority = b.getLong();
                    long sequence = b.getLong();
                    byte[] body = new byte[b.remaining()];
                    b.get(body);
                    Job j = new Job(f.id(), priority, sequence, body);
                    byId.put(j.id, j);
                    jobs.add(j);
                }
                case Frames.CANCEL -> {
                    Job j = byId.get(f.id());
                    if (j != null) {
                        j.cancelled = true;
                    }
                }
                case Frames.SHUTDOWN -> {
                    for (int i = 0; i < executors.size(); i++) {
                        jobs.add(STOP);
                    }
                    for (Thread t : executors) {
                        t.join();
                    }
                    return 0;
                }
                default -> throw new IOException("unknown frame type " + f.type());
            }
        }
    }

    /** Starts executor threads until there are {@code n}. */
    private void startExecutors(int n) {
        while (executors.size() < n) {
            Thread t = new Thread(this::execute, "ariadne-worker-executor-" + executors.size());
            t.setDaemon(true);
            executors.add(t);
            t.start();
        }
    }

    private void setup(byte[] body) throws IOException {
        ByteBuffer b = ByteBuffer.wrap(body);
        byte[] tag = new byte[b.getInt()];
        b.get(tag);
        byte[] rest = new byte[b.remaining()];
        b.get(rest);
        try {
            handler.setup(new String(tag, StandardCharsets.UTF_8), rest);
        } catch (Exception e) {
            // Reported with the first task of the tag, which will fail for the same reason.
            System.err.println("setup of " + new String(tag, StandardCharsets.UTF_8) + " failed: " + e);
        }
    }

    private void execute() {
        long[] current = running.get();
        try {
            while (true) {
                Job j = jobs.take();
                if (j == STOP) {
                    return;
                }
                if (j.cancelled) {
                    byId.remove(j.id);
                    send(Frames.CANCELLED, j.id, new byte[0]);
                    continue;
                }
                byte type;
                byte[] result;
                send(Frames.STARTED, j.id, new byte[0]);
                current[0] = j.id;
                try {
                    result = handler.run(j.body, () -> j.cancelled);
                    type = j.cancelled ? Frames.CANCELLED : Frames.RESULT;
                } catch (Exception e) {
                    type = Frames.FAILED;
                    result = String.valueOf(e).getBytes(StandardCharsets.UTF_8);
                }
                current[0] = -1;
                byId.remove(j.id);
                send(type, j.id, type == Frames.CANCELLED ? new byte[0] : result);
            }
        } catch (InterruptedException | IOException e) {
            System.exit(0);
        } catch (Throwable t) {
            // Out of memory, stack overflow: this JVM may be broken; the pool replaces it and retries.
            // Halt whatever happens while printing (it may run out of memory too): a worker whose task
            // thread is gone but whose heartbeat goes on would hold its tasks for ever. The pool is told
            // which task it was, so that the tasks of the other executors are not charged for it.
            try {
                send(Frames.FATAL, current[0], new byte[0]);
            } catch (Throwable ignored) {
                // best effort: the pool then makes every task that was running here run alone
            }
            try {
                t.printStackTrace();
            } finally {
                Runtime.getRuntime().halt(t instanceof OutOfMemoryError ? OUT_OF_MEMORY_STATUS : BROKEN_STATUS);
            }
        }
    }

    /** Tells the pool, every second, that this JVM runs: one that is stopped or stuck falls silent and is replaced. */
    private void beat() {
        try {
            while (true) {
                Thread.sleep(Frames.HEARTBEAT_MILLIS);
                send(Frames.HEARTBEAT, 0, new byte[0]);
            }
        } catch (InterruptedException | IOException e) {
            // the coordinator is gone: the main loop sees it too and ends the process
        }
    }

    private synchronized void send(byte type, long id, byte[] body) throws IOException {
        Frames.write(out, type, id, body);
    }
}
