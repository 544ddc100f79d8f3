package dev.ariadne.expand;

import dev.ariadne.liveness.StateEdges;
import dev.ariadne.result.Violation;
import dev.ariadne.result.ViolationKind;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

/** The wire format between the coordinator and a worker process: batches out, results back, nothing lost. */
class BatchWireTest {
    private static final RunContext RUN = new RunContext("run-7", null, null, ExploreOptions.defaults());

    @Test
    void aBatchComesBackWithItsStatesAndWithoutTheSnapshotsItLacked() {
        Batch b = new Batch(RUN, 12, 4096, new long[] {11, 22, 33}, new int[] {5, 5, 6},
                new byte[][] {{1, 2, 3}, null, {}});
        byte[] wire = BatchWire.encodeBatch(b);
        assertEquals("run-7", BatchWire.tagOf(wire));
        Batch back = BatchWire.decodeBatch(wire, RUN);
        assertSame(RUN, back.run(), "the worker's own context of the run");
        assertEquals(12, back.index());
        assertEquals(4096, back.firstSeq());
        assertArrayEquals(b.fps(), back.fps());
        assertArrayEquals(b.depths(), back.depths());
        assertArrayEquals(new byte[] {1, 2, 3}, back.snapshots()[0]);
        assertNull(back.snapshots()[1], "read from the store by the worker");
        assertArrayEquals(new byte[0], back.snapshots()[2], "an empty snapshot is not a missing one");
    }

    @Test
    void aResultComesBackWithSuccessorsViolationsAndTheStateGraph() {
        BatchResult r = new BatchResult(3);
        StateEdges live = new StateEdges(3, 1);
        r.live = live;
        r.start[0] = 0;
        live.begin(0);
        r.addSuccessor(101, 0, new byte[] {9, 8, 7, 6}, 1, 2);
        r.addSuccessor(102, 3, new byte[] {5}, 0, 1);
        live.add(0, 101, 0, 0);
        live.add(0, 102, 3, 0x45L);
        live.bits()[0] = 0b101;
        r.generated[0] = 4;
        r.start[1] = r.count;
        live.begin(1);
        Violation v = new Violation(ViolationKind.ASSERTION, "Safe", "assertion failed", 17, 22, 1, "Send(1, 2)",
                List.of("f at m.ari:3:5", "g at m.ari:9:1"));
        r.addViolation(1, v);
        r.start[2] = r.count;
        live.begin(2);
        r.generated[2] = 1;
        r.start[3] = r.count;

        BatchResult back = BatchWire.decodeResult(BatchWire.encodeResult(r));
        assertEquals(3, back.states());
        assertEquals(0, back.successorsFrom(0));
        assertEquals(2, back.successorsTo(0));
        assertEquals(2, back.successorsFrom(1));
        assertEquals(2, back.successorsTo(2));
        assertEquals(101, back.fingerprint(0));
        assertEquals(3, back.step(1));
        assertEquals(2, back.length(0));
        assertEquals(8, back.data()[back.offset(0)]);
        assertEquals(7, back.data()[back.offset(0) + 1]);
        assertEquals(5, back.data()[back.offset(1)]);
        assertEquals(4, back.generated(0));
        assertEquals(1, back.generated(2));
        assertNull(back.violations(0));
        assertEquals(List.of(v), back.violations(1));
        assertEquals(0b101, back.live().bits()[0]);
        assertEquals(3, back.live().states());
    }

    @Test
    void aResultWithoutViolationsOrGraphReadsItsSuccessorsWhereTheyArrived() {
        BatchResult r = new BatchResult(2);
        r.addSuccessor(-7L, 2, new byte[] {1, 2, 3, 4, 5}, 1, 3);
        r.generated[0] = 9;
        r.start[1] = r.count;
        r.addSuccessor(Long.MAX_VALUE, 0, new byte[0], 0, 0);
        r.addSuccessor(5L, 1, new byte[] {42}, 0, 1);
        r.generated[1] = 2;
        r.start[2] = r.count;

        byte[] wire = BatchWire.encodeResult(r);
        BatchResult back = BatchWire.decodeResult(wire);
        assertSame(wire, back.data(), "no copy of the snapshots");
        assertEquals(2, back.states());
        assertEquals(List.of(-7L, Long.MAX_VALUE, 5L), List.of(back.fingerprint(0), back.fingerprint(1),
                back.fingerprint(2)));
        assertEquals(List.of(2, 0, 1), List.of(back.step(0), back.step(1), back.step(2)));
        assertEquals(List.of(3, 0, 1), List.of(back.length(0), back.length(1), back.length(2)));
        assertArrayEquals(new byte[] {2, 3, 4}, java.util.Arrays.copyOfRange(wire, back.offset(0), back.offset(0) + 3));
        assertEquals(42, wire[back.offset(2)]);
        assertEquals(1, back.successorsTo(0));
        assertEquals(3, back.successorsTo(1));
        assertEquals(9, back.generated(0));
        assertNull(back.violations(0));
        assertNull(back.violations(1));
        assertNull(back.live());
        assertNull(back.coverage());
        assertArrayEquals(wire, BatchWire.encodeResult(back), "a decoded result encodes as it came");
    }

    @Test
    void anEmptyBatchAndAnEmptyResultTravelToo() {
        Batch b = new Batch(RUN, 0, 0, new long[0], new int[0], new byte[0][]);
        Batch back = BatchWire.decodeBatch(BatchWire.encodeBatch(b), RUN);
        assertEquals(0, back.size());
        BatchResult r = BatchWire.decodeResult(BatchWire.encodeResult(new BatchResult(0)));
        assertEquals(0, r.states());
    }

    @Test
    void aTagOutsideAsciiKeepsItsCharacters() {
        RunContext run = new RunContext("N=3,名=ü", null, null, ExploreOptions.defaults());
        byte[] wire = BatchWire.encodeBatch(new Batch(run, 1, 2, new long[] {3}, new int[] {4}, new byte[][] {{5}}));
        assertEquals("N=3,名=ü", BatchWire.tagOf(wire));
        assertEquals(3, BatchWire.decodeBatch(wire, run).fps()[0]);
    }
}
