package dev.ariadne.store;

import dev.ariadne.storage.Checkpoint;

import java.nio.file.Path;
import java.util.Random;

/**
 * Child-JVM main for the crash test: opens (recovering if need be) or creates a store,
 * then adds the deterministic {@link States} in random-sized batches, checkpointing after
 * each and printing {@code checkpoint N} once the checkpoint is complete, until killed.
 */
public final class CrashingWriter {
    private CrashingWriter() {
    }

    public static void main(String[] args) {
        Path run = Path.of(args[0]);
        Random random = new Random(Long.parseLong(args[1]));
        long target = Long.parseLong(args[2]);
        try (ChronicleStateStore store = ChronicleStateStore.openOrCreate(run, new StoreOptions(1024, 64))) {
            System.out.println("opened " + store.size() + " crashed=" + store.recoveryReport().crashed());
            store.putMetadata("writer", "crashing");
            while (store.size() < target) {
                long n = Math.min(target, store.size() + 1 + random.nextInt(3000));
                States.addUpTo(store, n);
                store.checkpoint(checkpointAt(n));
                System.out.println("checkpoint " + n);
                System.out.flush();
            }
            System.out.println("done");
        }
    }

    static Checkpoint checkpointAt(long n) {
        return new Checkpoint(n / 2, n, 3 * n, States.depth(n - 1), n / 10, "cp " + n);
    }
}
