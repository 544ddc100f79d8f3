package dev.ariadne.store;

import java.util.Arrays;

/**
 * The writer's newest {@link Chunk}, filling up: the entries of the states added since
 * the last full chunk, kept on the heap until the chunk is full or the store is flushed.
 */
final class OpenChunk {
    /**
     * Room for the largest head before the entries, so that the value is written from this
     * buffer as it is ({@link #valueInPlace}).
     */
    private static final int ROOM = Chunk.overhead(Chunk.STATES);
    private static final int INITIAL = ROOM + 4096;
    /** {@link #ROOM} bytes for the head, then the entries. */
    private byte[] entries = new byte[INITIAL];
    private final int[] ends = new int[Chunk.STATES];
    private int count;
    private int length;
    /** The key of this chunk: the states it holds are {@code Chunk.firstSeq(key) + i}. */
    private long key;
    /** Whether a version of this chunk (with fewer entries) is already in the map. */
    private boolean stored;
    /** Entries already in the map (so a flush with nothing new does nothing). */
    private int flushed;

    /** Appends the entry of state {@code seq}, the chunk's next one. */
    void append(long seq, long fp, long parentFp, int stepId, int depth, byte[] snapshot, int off, int len) {
        assert Chunk.key(seq) == key && Chunk.index(seq) == count;
        int need = length + StateEntry.HEADER + len;
        if (ROOM + need > entries.length) {
            entries = Arrays.copyOf(entries, Math.max(ROOM + need, entries.length * 2));
        }
        StateEntry.write(entries, ROOM + length, seq, fp, parentFp, stepId, depth, snapshot, off, len);
        length = need;
        ends[count++] = length;
    }

    boolean full() {
        return count == Chunk.STATES;
    }

    /** Whether it holds entries the map does not have yet. */
    boolean unflushed() {
        return count > flushed;
    }

    long key() {
        return key;
    }

    boolean stored() {
        return stored;
    }

    /** The chunk as a map value: its head written before the entries, in this buffer (valid until the next change). */
    ByteSlice valueInPlace() {
        int head = Chunk.overhead(count);
        int at = ROOM - head;
        Chunk.writeHead(entries, at, count, ends);
        return new ByteSlice(entries, at, head + length);
    }

    /** Records that the map now holds this chunk as it is. */
    void markStored() {
        stored = true;
        flushed = count;
    }

    /** Starts the empty chunk {@code key}. */
    void start(long key) {
        this.key = key;
        count = 0;
        length = 0;
        stored = false;
        flushed = 0;
        if (entries.length > ROOM + (1 << 20)) {
            entries = new byte[INITIAL]; // a chunk of huge states should not pin its buffer for the rest of the run
        }
    }

    /** Continues chunk {@code key} from the first {@code keep} entries of its stored value (after a reopen). */
    void resume(long key, byte[] value, int keep) {
        start(key);
        int from = Chunk.start(value, 0);
        int to = Chunk.end(value, keep - 1);
        entries = new byte[ROOM + Math.max(4096, to - from)];
        System.arraycopy(value, from, entries, ROOM, to - from);
        for (int i = 0; i < keep; i++) {
            ends[i] = Chunk.end(value, i) - from;
        }
        count = keep;
        length = to - from;
        markStored();
    }
}
