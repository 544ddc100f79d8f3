package dev.ariadne.store;

import dev.ariadne.storage.DurableStore;

import java.nio.file.Path;

/**
 * Child-JVM main for the dropped-states test: creates a run's store as the commands do
 * ({@link ChronicleStoreOpener#create}: small, or Chronicle with {@code -Dariadne.store.smallStates=0}),
 * adds the {@link States} up to a checkpoint, adds more after it, prints {@code holding}
 * and waits to be killed.
 */
public final class HoldingWriter {
    private HoldingWriter() {
    }

    public static void main(String[] args) throws InterruptedException {
        Path run = Path.of(args[0]);
        long checkpointAt = Long.parseLong(args[1]);
        long holdAt = Long.parseLong(args[2]);
        DurableStore store = new ChronicleStoreOpener().create(run);
        addUpTo(store, checkpointAt);
        store.checkpoint(CrashingWriter.checkpointAt(checkpointAt));
        addUpTo(store, holdAt);
        System.out.println("holding");
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
    }

    static void addUpTo(DurableStore store, long n) {
        for (long seq = store.size(); seq < n; seq++) {
            byte[] b = States.snapshot(seq);
            store.add(seq, States.fp(seq), States.parent(seq), States.step(seq), States.depth(seq), b, 0, b.length);
        }
    }
}
