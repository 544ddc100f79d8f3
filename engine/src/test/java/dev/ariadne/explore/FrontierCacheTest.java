package dev.ariadne.explore;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** The coordinator's cache of frontier snapshots: in order, within its budget, copies of what it was given. */
class FrontierCacheTest {
    @Test
    void givesBackCopiesInSequenceOrder() {
        FrontierCache c = new FrontierCache(1 << 10, 100);
        byte[] buffer = {1, 2, 3, 4};
        c.add(buffer, 1, 2);
        buffer[1] = 99; // the caller's buffer is reused for the next encoding
        c.add(buffer, 0, 1);
        assertNull(c.take(101), "only the first state may be taken");
        assertArrayEquals(new byte[] {2, 3}, c.take(100));
        assertArrayEquals(new byte[] {1}, c.take(101));
        assertNull(c.take(102), "nothing more was added");
    }

    @Test
    void pastItsBudgetItKeepsThePlaceButNotTheBytes() {
        FrontierCache c = new FrontierCache(5, 0);
        c.add(new byte[4], 0, 4);
        c.add(new byte[4], 0, 4); // 8 > 5: not cached, read from the store instead
        c.add(new byte[1], 0, 1); // fits again
        assertArrayEquals(new byte[4], c.take(0));
        assertNull(c.take(1));
        assertArrayEquals(new byte[1], c.take(2));
        c.add(new byte[5], 0, 5); // the budget freed by taking is reused
        assertArrayEquals(new byte[5], c.take(3));
    }

    @Test
    void emptiedSlabsAreFilledAgainInsteadOfNewOnes() {
        FrontierCache c = new FrontierCache(1L << 30, 0);
        int half = FrontierCache.SLAB / 2;
        byte[] b = new byte[half];
        for (int i = 0; i < 2 * (FrontierCache.SPARE + 3); i++) {
            c.add(b, 0, half); // two to a slab
        }
        for (int i = 0; i < 2 * (FrontierCache.SPARE + 3) - 1; i++) {
            c.take(i);
        }
        assertEquals(FrontierCache.SPARE, c.spareSlabs(), "at most SPARE emptied slabs are kept");
        b[0] = 42;
        c.add(b, 0, half); // the last slab is full (and still in use): a spare one is filled
        c.add(b, 0, half); // the same one
        assertEquals(FrontierCache.SPARE - 1, c.spareSlabs());
        byte[] expected = b.clone();
        assertArrayEquals(new byte[half], c.take(2 * (FrontierCache.SPARE + 3) - 1));
        assertArrayEquals(expected, c.take(2 * (FrontierCache.SPARE + 3)));
        assertArrayEquals(expected, c.take(2 * (FrontierCache.SPARE + 3) + 1));
    }

    /**
     * Thousands of states across slab boundaries, some larger than a slab, against a plain
     * queue that applies the budget the same way (a state past it comes back as null).
     */
    @Test
    void statesAcrossSlabsAndLargerThanASlabComeBackIntact() {
        java.util.Random random = new java.util.Random(7);
        long budget = 16L << 20;
        FrontierCache c = new FrontierCache(budget, 0);
        java.util.ArrayDeque<byte[]> expected = new java.util.ArrayDeque<>();
        long held = 0;
        long added = 0;
        long taken = 0;
        for (int round = 0; round < 40; round++) {
            int adds = random.nextInt(3000);
            for (int i = 0; i < adds; i++) {
                int len = random.nextInt(200) == 0 ? FrontierCache.SLAB + random.nextInt(100) : random.nextInt(2000);
                byte[] b = new byte[len + 3];
                random.nextBytes(b);
                c.add(b, 3, len);
                boolean kept = held + len <= budget;
                held += kept ? len : 0;
                expected.addLast(kept ? java.util.Arrays.copyOfRange(b, 3, 3 + len) : ABSENT);
                added++;
            }
            int takes = random.nextInt((int) (added - taken) + 1);
            for (int i = 0; i < takes; i++) {
                held -= takeAndCompare(c, expected.pollFirst(), taken++);
            }
        }
        while (taken < added) {
            takeAndCompare(c, expected.pollFirst(), taken++);
        }
        assertNull(c.take(taken));
    }

    private static final byte[] ABSENT = new byte[0];

    private static int takeAndCompare(FrontierCache c, byte[] expected, long seq) {
        byte[] got = c.take(seq);
        if (expected == ABSENT) {
            assertNull(got, "state " + seq + " was past the budget");
            return 0;
        }
        assertArrayEquals(expected, got, "state " + seq);
        return expected.length;
    }
}
