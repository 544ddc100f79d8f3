package dev.ariadne.explore;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** How many states a batch holds: the tuning's size for small successors, fewer for large ones, never below the floor. */
class BatchSizerTest {
    @Test
    void beforeAnyResultABatchHoldsTheFloor() {
        assertEquals(BatchSizer.FLOOR, new BatchSizer(1024).limit());
    }

    @Test
    void smallSuccessorsGetTheTuningsSize() {
        BatchSizer s = new BatchSizer(1024);
        s.merged(256, 256 * 190); // 2pc-7: about 190 bytes of successors per state expanded
        assertEquals(1024, s.limit());
    }

    @Test
    void largeSuccessorsGetAsManyStatesAsFitTheResultBytes() {
        BatchSizer s = new BatchSizer(1024);
        s.merged(100, 100 * 4096L);
        assertEquals(BatchSizer.RESULT_BYTES / 4096, s.limit());
        s.merged(100, 100 * 100_000L); // the average per state is now about 52 KB
        assertEquals(BatchSizer.FLOOR, s.limit(), "never below the size batches had before they grew");
    }

    @Test
    void aTuningBelowTheFloorIsKept() {
        BatchSizer s = new BatchSizer(7);
        assertEquals(7, s.limit());
        s.merged(7, 0);
        assertEquals(7, s.limit());
    }
}
