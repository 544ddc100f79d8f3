package dev.ariadne.store;

import dev.ariadne.storage.StateRecord;
import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The chunk layout: what the writer's open chunk encodes, readers find, and damage checks refuse. */
class ChunkTest {
    private static byte[] chunkOf(long key, int count) {
        OpenChunk open = new OpenChunk();
        open.start(key);
        for (int i = 0; i < count; i++) {
            long seq = Chunk.firstSeq(key) + i;
            byte[] s = States.snapshot(seq);
            open.append(seq, States.fp(seq), States.parent(seq), States.step(seq), States.depth(seq), s, 0, s.length);
        }
        return open.valueInPlace().toArray();
    }

    @Test
    void everyStateOfAChunkIsFoundWhereItsSequenceNumberSays() {
        byte[] v = chunkOf(3, Chunk.STATES);
        assertNull(Chunk.damage(3, v));
        assertEquals(Chunk.STATES, Chunk.count(v));
        for (long seq = Chunk.firstSeq(3); seq < Chunk.firstSeq(4); seq++) {
            assertEquals(3, Chunk.key(seq));
            int i = Chunk.index(seq);
            assertEquals(States.record(seq), StateEntry.record(v, Chunk.start(v, i)));
            assertEquals(States.fp(seq), StateEntry.fp(v, Chunk.start(v, i)));
            assertArrayEquals(States.snapshot(seq), StateEntry.snapshot(v, Chunk.start(v, i), Chunk.end(v, i)));
        }
    }

    @Test
    void aResumedChunkKeepsItsFirstStatesAndGrowsFromThere() {
        byte[] partial = chunkOf(2, 20);
        OpenChunk open = new OpenChunk();
        open.resume(2, partial, 7);
        assertTrue(open.stored());
        assertFalse(open.unflushed());
        long seq = Chunk.firstSeq(2) + 7;
        byte[] s = States.snapshot(seq);
        open.append(seq, States.fp(seq), States.parent(seq), States.step(seq), States.depth(seq), s, 0, s.length);
        assertTrue(open.unflushed());
        assertArrayEquals(chunkOf(2, 8), open.valueInPlace().toArray());
    }

    @Test
    void theValueInPlaceIsTheChunksBufferWithItsHeadWrittenBeforeTheEntries() {
        OpenChunk open = new OpenChunk();
        open.start(5);
        ByteSlice last = null;
        for (int i = 0; i < Chunk.STATES; i++) {
            long seq = Chunk.firstSeq(5) + i;
            byte[] s = States.snapshot(seq);
            open.append(seq, States.fp(seq), States.parent(seq), States.step(seq), States.depth(seq), s, 0, s.length);
            ByteSlice v = open.valueInPlace();
            byte[] alone = v.toArray();
            assertNull(Chunk.damage(5, alone));
            assertEquals(i + 1, Chunk.count(alone));
            assertEquals(Chunk.overhead(Chunk.STATES) - Chunk.overhead(i + 1), v.offset(), "the head ends where the entries start");
            if (last != null && last.array() == v.array()) {
                assertEquals(last.offset() - 4, v.offset(), "one more end in the head");
            }
            last = v;
        }
        assertArrayEquals(chunkOf(5, Chunk.STATES), last.toArray());
    }

    @Test
    void aDamagedChunkIsDescribedNotMisread() {
        byte[] v = chunkOf(1, 4);
        assertTrue(Chunk.damage(1, new byte[2]).contains("has 2 bytes"));
        assertTrue(Chunk.damage(2, v).contains("its entry 0 is of state 32"), Chunk.damage(2, v));
        byte[] longer = Arrays.copyOf(v, v.length + 3);
        assertTrue(Chunk.damage(1, longer).contains("3 bytes past its last entry"));
        byte[] badCount = v.clone();
        badCount[0] = 99;
        assertTrue(Chunk.damage(1, badCount).contains("says it holds 99 states"));
        byte[] badEnd = v.clone();
        badEnd[4] = 3; // entry 0 would be shorter than a record
        assertTrue(Chunk.damage(1, badEnd).contains("its entry 0 ends at byte"));
        StateRecord first = StateEntry.record(v, Chunk.start(v, 0));
        assertEquals(Chunk.firstSeq(1), first.seq());
    }
}
