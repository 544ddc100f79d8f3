package dev.ariadne.storage;

import java.nio.file.Path;
import java.util.List;
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
        start(List.of(), false);
    }

    /**
     * As {@link #start()}, but only if one of {@code directories} holds a store that needs the
     * warm-up ({@link StoreOpener#warmUpHelps}), which the warm-up's thread finds out.
     */
    public static void startFor(List<Path> directories) {
        start(directories, true);
    }

    private static void start(List<Path> directories, boolean onlyIfHelps) {
        if (!STARTED.compareAndSet(false, true)) {
            return;
        }
        Thread t = new Thread(() -> {
            StoreOpener opener = StoreOpener.find();
            if (opener == null) {
                return;
            }
            if (!onlyIfHelps || directories.stream().anyMatch(d -> java.nio.file.Files.isDirectory(d)
                    && opener.warmUpHelps(d))) {
                opener.warmUp();
            } else {
                STARTED.set(false); // a store that grows may still ask for it
            }
        }, "ariadne-store-warm-up");
        t.setDaemon(true);
        t.start();
    }
}
