package dev.ariadne.collect;

import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The heap table of long keys, as a set and as a map, against java.util's. */
class LongTableTest {
    @Test
    void asASetItAddsEachKeyOnceThroughGrowthAndClear() {
        LongTable t = new LongTable(4, false);
        for (long k = 1; k <= 10_000; k++) {
            assertTrue(t.add(k * 0x9E3779B97F4A7C15L));
        }
        for (long k = 1; k <= 10_000; k++) {
            assertFalse(t.add(k * 0x9E3779B97F4A7C15L), "key " + k);
        }
        assertEquals(10_000, t.size());
        t.clear();
        assertEquals(0, t.size());
        assertTrue(t.add(0x9E3779B97F4A7C15L), "forgotten by clear");
    }

    @Test
    void asAMapItAgreesWithAHashMapThroughGrowth() {
        Random r = new Random(12);
        LongTable t = new LongTable(1, true);
        Map<Long, Long> m = new HashMap<>();
        for (int i = 0; i < 50_000; i++) {
            long k = 1 + r.nextInt(20_000); // small keys collide in the low bits: long probe chains
            long v = r.nextLong();
            t.put(k, v);
            m.put(k, v);
        }
        assertEquals(m.size(), t.size());
        for (long k = 1; k <= 20_001; k++) {
            assertEquals(m.getOrDefault(k, -1L), t.get(k, -1L), "key " + k);
        }
    }

    @Test
    void zeroIsNoKey() {
        assertThrows(IllegalArgumentException.class, () -> new LongTable(4, false).add(0));
    }
}
