package dev.ariadne.vm;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The table of keys under which a conjunct held: exact keys, a fixed size, and off when it does not pay. */
class ConjunctCacheTest {
    @Test
    void findsWhatWasPutAndNothingElse() {
        ConjunctCache c = new ConjunctCache();
        assertEquals(-1, c.find(42));
        c.put(42, 17);
        assertEquals(17, c.find(42));
        assertEquals(-1, c.find(43));
        // a fixed size: some other key takes 42's slot, and from then on 42 is not found
        long other = 43;
        while (c.find(42) == 17 && other < 1 << 22) {
            c.put(++other, 5);
        }
        assertEquals(-1, c.find(42));
        assertEquals(5, c.find(other));
    }

    @Test
    void turnsItselfOffWhenItHardlyEverHits() {
        ConjunctCache c = new ConjunctCache();
        for (long k = 1; k <= 40_000 && c.on(); k++) {
            c.find(k);
            c.put(k, 1);
        }
        assertFalse(c.on(), "every key new: no look-up hits");
    }

    @Test
    void staysOnWhenValuesRecur() {
        ConjunctCache c = new ConjunctCache();
        for (long k = 1; k <= 40_000; k++) {
            long key = 1 + k % 50;
            if (c.find(key) < 0) {
                c.put(key, 3);
            }
        }
        assertTrue(c.on());
    }
}
