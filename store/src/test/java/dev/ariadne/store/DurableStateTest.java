package dev.ariadne.store;

import dev.ariadne.storage.Checkpoint;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class DurableStateTest {
    private static DurableState sample() {
        TreeMap<String, String> meta = new TreeMap<>();
        meta.put("model", "x".repeat(100_000)); // longer than writeUTF allows
        meta.put("empty", "");
        TierInfo tier = new TierInfo(0, 1024, 24, new MapHeader.Fingerprint(900, 0xCAFEL), 1 << 20);
        return new DurableState(7, 1000, List.of(tier, new TierInfo(1, 2048, 100.5,
                new MapHeader.Fingerprint(901, 0xBEEFL), 2 << 20)),
                new Checkpoint(10, 1000, 5000, 12, 99, "état ✓"), meta);
    }

    @Test
    void aRecordRoundTrips() {
        DurableState state = sample();
        assertEquals(state, DurableState.decode(state.encode()));
        DurableState bare = new DurableState(0, 0, state.snapshots(), null, new TreeMap<>());
        assertEquals(bare, DurableState.decode(bare.encode()));
    }

    @Test
    void aTornOrFlippedRecordIsRejected() {
        byte[] bytes = sample().encode();
        byte[] flipped = bytes.clone();
        flipped[40] ^= 0x10;
        assertThrows(IllegalArgumentException.class, () -> DurableState.decode(flipped));
        byte[] torn = java.util.Arrays.copyOf(bytes, bytes.length / 2);
        assertThrows(IllegalArgumentException.class, () -> DurableState.decode(torn));
        assertThrows(IllegalArgumentException.class, () -> DurableState.decode(new byte[3]));
    }
}
