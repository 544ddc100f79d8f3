package dev.ariadne.collect;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The visited set as it grows: every fingerprint added is found, and nothing else is. */
class FingerprintSetTest {
    private static long fp(long i) {
        return (i + 1) * 0x9E3779B97F4A7C15L;
    }

    @Test
    void aMillionFingerprintsThroughEverySplitAreFoundOnceAndNothingElseIs() {
        FingerprintSet set = new FingerprintSet(16); // two pages, split many times below
        int n = 1 << 20;
        for (long i = 0; i < n; i++) {
            assertTrue(set.add(fp(i)));
            if ((i & 0xFFFF) == 0) {
                assertTrue(set.contains(fp(i / 2)), "added " + i / 2 + " is missing after " + i);
            }
        }
        assertEquals(n, set.size());
        for (long i = 0; i < n; i++) {
            assertTrue(set.contains(fp(i)), "added " + i + " is missing");
        }
        for (long i = 0; i < n; i += 7) {
            assertFalse(set.add(fp(i)), "added twice: " + i);
            assertFalse(set.contains(fp(n + i)), "never added: " + (n + i));
        }
        assertEquals(n, set.size());
    }

    @Test
    void fingerprintsAlikeInTheirHighOrLowBitsSpreadOverThePages() {
        // Small numbers (high bits all zero) and multiples of 2^40 (low bits all zero): a directory
        // indexed by the raw high bits, or pages by the raw low bits, would pile them up.
        FingerprintSet set = new FingerprintSet(16);
        Set<Long> added = new HashSet<>();
        for (long i = 1; i <= 300_000; i++) {
            assertTrue(set.add(i));
            assertTrue(set.add(i << 40));
            added.add(i);
            added.add(i << 40);
        }
        assertEquals(added.size(), set.size());
        for (long v : added) {
            assertTrue(set.contains(v), "missing: " + v);
        }
        assertFalse(set.contains(300_001));
        assertFalse(set.contains(300_001L << 40));
    }

    @Test
    void randomFingerprintsAgreeWithAHashSet() {
        Random rnd = new Random(25);
        FingerprintSet set = new FingerprintSet(100_000);
        Set<Long> reference = new HashSet<>();
        for (int i = 0; i < 600_000; i++) {
            long v = rnd.nextInt(4) == 0 && !reference.isEmpty() ? reference.iterator().next() : rnd.nextLong();
            if (v == 0) {
                continue;
            }
            assertEquals(reference.add(v), set.add(v), "add of " + v);
        }
        assertEquals(reference.size(), set.size());
        for (long v : reference) {
            assertTrue(set.contains(v));
        }
    }

    @Test
    void zeroIsReserved() {
        assertThrows(IllegalArgumentException.class, () -> new FingerprintSet(16).add(0));
    }
}
