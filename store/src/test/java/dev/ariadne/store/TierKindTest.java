package dev.ariadne.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** How a snapshot tier is laid out: one segment at every capacity the store gives a tier, the largest included. */
class TierKindTest {
    @TempDir
    Path tmp;

    @Test
    void everyTierIsOneSegmentThatTakesEntriesUpToTheLargestCapacity() {
        RunDirectory dir = RunDirectory.createEmpty(tmp.resolve("run"));
        long[] capacities = {TierKind.MIN_TIER_ENTRIES, 65_536, TierKind.MAX_TIER_ENTRIES};
        for (int i = 0; i < capacities.length; i++) {
            long capacity = capacities[i];
            // the largest tier has the smallest average the byte bound leaves it (64 bytes; sparse, 13 GB long)
            double average = Math.min(3000, TierKind.MAX_TIER_VALUE_BYTES / capacity);
            try (Tier tier = Tier.create(dir, TierKind.SNAPSHOTS, i, capacity, average)) {
                assertEquals(TierKind.SEGMENTS, tier.segments(), "segments of a tier of " + capacity);
                for (long key = 0; key < 100; key++) {
                    byte[] value = new byte[(int) average];
                    Arrays.fill(value, (byte) key);
                    tier.put(key, new ByteSlice(value, 0, value.length));
                }
                byte[] expected = new byte[(int) average];
                Arrays.fill(expected, (byte) 42);
                assertArrayEquals(expected, tier.get(42L));
                assertEquals(100, tier.size());
            }
        }
    }
}
