package dev.ariadne.store;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * A daemon thread that writes the writer's dirty pages back to disk while the run goes on,
 * so that a checkpoint (above all the last one, which the user waits for) forces only what
 * changed since the thread's last pass: on two-phase commit with 7 RMs (38 MB of store) the
 * final checkpoint's forces took 0.2 s of the command's wall clock (docs/benchmarks.md).
 *
 * <p>A pass is no durability point: what makes a state durable is still the checkpoint's own
 * force, then its record. But the kernel reports a failed write-back once, to the first
 * force that asks, so a pass that fails keeps the failure for the next checkpoint to throw
 * instead of dropping it.
 *
 * <p>The thread is never interrupted: an interrupt during {@code FileChannel.force} would
 * close the store's channels.
 */
final class WriteBehind {
    /** Often enough that the last checkpoint finds little to write, rarely enough to cost nothing. */
    static final long PERIOD_NANOS = TimeUnit.MILLISECONDS.toNanos(400);

    /** Something whose dirty pages can be written back (a file, a set of files). */
    interface Target {
        void writeBack() throws IOException;
    }

    private final List<Target> targets;
    private final long periodNanos;
    private final Thread thread;
    private volatile boolean stopped;
    private volatile Exception failure;

    private WriteBehind(List<Target> targets, long periodNanos, String name) {
        this.targets = List.copyOf(targets);
        this.periodNanos = periodNanos;
        this.thread = new Thread(this::run, name);
        thread.setDaemon(true);
    }

    /** Starts writing back each target in turn every {@code periodNanos}. */
    static WriteBehind start(List<Target> targets, long periodNanos, String name) {
        WriteBehind w = new WriteBehind(targets, periodNanos, name);
        w.thread.start();
        return w;
    }

    private void run() {
        while (!stopped) {
            LockSupport.parkNanos(this, periodNanos);
            if (stopped) {
                return;
            }
            try {
                for (Target t : targets) {
                    t.writeBack();
                }
            } catch (IOException | RuntimeException e) {
                failure = e;
                return;
            }
        }
    }

    /** The failure of a pass, or null: the next checkpoint must not succeed without it. */
    Exception failure() {
        return failure;
    }

    /** Throws the failure of a pass, if one failed, as the store {@code where}'s failure. */
    void rethrowFailure(Object where) {
        Exception f = failure;
        if (f != null) {
            throw new StoreException(where + " cannot write its pages back to disk: " + f.getMessage(), f);
        }
    }

    /** Stops the thread and waits for a pass under way to end, so that the files can be closed. */
    void stop() {
        stopped = true;
        LockSupport.unpark(thread);
        boolean interrupted = false;
        while (thread.isAlive()) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
