package dev.ariadne.explore;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
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
}
