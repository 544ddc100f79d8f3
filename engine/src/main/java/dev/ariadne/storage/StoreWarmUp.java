package dev.ariadne.storage;

import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Starts {@link StoreOpener#warmUp} of the opener on the class path, once per JVM, on a daemon
 * thread: on two cores the store's set-up then overlaps the caller's parsing and compiling.
 */
public final class StoreWarmUp {
    private static final AtomicBoolean STARTED = new AtomicBoolean();

    private StoreWarmUp() {
    }

    /** Returns at once; later calls (the command line asks before parsing, the API before compiling) do nothing. */
    public static void start() {
        if (!STARTED.compareAndSet(false, true)) {
            return;
        }
        Thread t = new Thread(() -> {
            StoreOpener opener = StoreOpener.find();
            if (opener != null) {
                opener.warmUp();
            }
        }, "ariadne-store-warm-up");
        t.setDaemon(true);
        t.start();
    }
}
