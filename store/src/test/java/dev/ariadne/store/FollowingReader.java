package dev.ariadne.store;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Random;

/**
 * Child-JVM main for the cross-process test: opens a {@link StoreReader} on a store a
 * writer (in the parent JVM) is filling, and follows it until state {@code target - 1},
 * checking every state it reads against {@link States}. It waits for the next state by
 * fingerprint, the way a worker that got the fingerprint over a pipe would. Prints
 * {@code verified COUNT tiers V/S} and exits 0, or prints {@code mismatch ...} and exits 1.
 */
public final class FollowingReader {
    private FollowingReader() {
    }

    public static void main(String[] args) {
        Path run = Path.of(args[0]);
        long target = Long.parseLong(args[1]);
        Random random = new Random(target);
        long checked = 0;
        try (StoreReader reader = StoreReader.open(run)) {
            System.out.println("ready " + reader.size() + " tiers " + reader.tierCount());
            System.out.flush();
            for (long next = 0; next < target; ) {
                byte[] snapshot = reader.awaitSnapshot(States.fp(next), Duration.ofSeconds(30));
                check(snapshot != null, "state " + next + " never appeared");
                check(Arrays.equals(States.snapshot(next), snapshot), "snapshot of " + next);
                checked++;
                long published = reader.size();
                if (published > next) {
                    // everything below the published count is complete: check one at random and the newest
                    for (long seq : new long[] {random.nextLong(published), published - 1}) {
                        long fp = reader.fingerprintAt(seq);
                        check(fp == States.fp(seq), "fingerprint of " + seq);
                        check(States.record(seq).equals(reader.record(fp)), "record of " + seq);
                        check(Arrays.equals(States.snapshot(seq), reader.snapshot(fp)), "snapshot of " + seq);
                        checked++;
                    }
                    next = Math.max(next + 1, published);
                } else {
                    next++;
                }
            }
            System.out.println("verified " + checked + " tiers " + reader.tierCount());
        }
    }

    private static void check(boolean ok, String what) {
        if (!ok) {
            System.out.println("mismatch " + what);
            System.out.flush();
            System.exit(1);
        }
    }
}
