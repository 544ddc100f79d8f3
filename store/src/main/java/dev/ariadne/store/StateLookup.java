package dev.ariadne.store;

import dev.ariadne.storage.DamagedStoreException.Part;
import dev.ariadne.storage.StateRecord;
import dev.ariadne.snapshot.Fingerprint;

import java.nio.file.Path;
import java.util.function.BiFunction;

/**
 * Reads states out of the chunks of a snapshot map, by sequence number (one lookup) or by
 * fingerprint (through a {@link SeqIndex}): what the writer and every reader share.
 * Only published states ({@code seq < published}) are read: their chunks are complete.
 */
final class StateLookup {
    private final TierSet chunks;
    private final OrderFile order;
    private final boolean follow;
    private final BiFunction<Part, String, RuntimeException> damaged;
    private final SeqIndex index = new SeqIndex();
    /** The run directory, where snapshots too large for a chunk are ({@link LargeSnapshots}). */
    private final Path root;

    /**
     * @param follow  re-scan the directory for new tier files on a miss (a reader following a live writer)
     * @param damaged turns what is wrong, and with which part of the store, into the exception to throw
     */
    StateLookup(TierSet chunks, OrderFile order, boolean follow, BiFunction<Part, String, RuntimeException> damaged,
                Path root) {
        this.root = root;
        this.chunks = chunks;
        this.order = order;
        this.follow = follow;
        this.damaged = damaged;
    }

    /**
     * The record of published state {@code seq}, or null if {@code seq} is not published.
     * The state must be the one the order file names at {@code seq}; if not, the snapshot
     * tells which side is damaged: it hashes to the fingerprint of a sound entry.
     */
    StateRecord recordAt(long seq, long published) {
        byte[] chunk = chunkOf(seq, published);
        if (chunk == null) {
            return null;
        }
        int i = Chunk.index(seq);
        int at = Chunk.start(chunk, i);
        long stored = StateEntry.fp(chunk, at);
        long named = order.get(seq);
        if (stored != named) {
            boolean entrySound = sound(chunk, at, Chunk.end(chunk, i));
            throw entrySound
                    ? damaged.apply(Part.ORDER, "entry " + seq + " names state " + Fingerprint.hex(named)
                            + ", but the state stored as " + seq + " is " + Fingerprint.hex(stored))
                    : damaged.apply(Part.SNAPSHOTS, "the entry of state " + seq + " says it is " + Fingerprint.hex(stored)
                            + ", but its snapshot does not hash to that");
        }
        return StateEntry.record(chunk, at);
    }

    /** The snapshot of published state {@code seq}, or null if {@code seq} is not published. */
    byte[] snapshotAt(long seq, long published) {
        byte[] chunk = chunkOf(seq, published);
        int i = Chunk.index(seq);
        return chunk == null ? null : snapshotOf(chunk, Chunk.start(chunk, i), Chunk.end(chunk, i));
    }

    /** The record of published state {@code fp}, or null if no published state has that fingerprint. */
    StateRecord record(long fp, long published) {
        long seq = index.seqOf(fp, order, published);
        byte[] chunk = chunkHolding(fp, seq, published);
        return chunk == null ? null : StateEntry.record(chunk, Chunk.start(chunk, Chunk.index(seq)));
    }

    /** The snapshot of published state {@code fp}, or null if no published state has that fingerprint. */
    byte[] snapshot(long fp, long published) {
        long seq = index.seqOf(fp, order, published);
        byte[] chunk = chunkHolding(fp, seq, published);
        int i = Chunk.index(seq);
        return chunk == null ? null : snapshotOf(chunk, Chunk.start(chunk, i), Chunk.end(chunk, i));
    }

    /** The snapshot of the entry {@code [at, end)}, from the chunk or from its own file. */
    private byte[] snapshotOf(byte[] chunk, int at, int end) {
        if (!StateEntry.outOfLine(chunk, at)) {
            return StateEntry.snapshot(chunk, at, end);
        }
        try {
            return LargeSnapshots.read(root, StateEntry.fp(chunk, at), StateEntry.outOfLineLength(chunk, at));
        } catch (IllegalArgumentException e) {
            throw damaged.apply(Part.SNAPSHOTS, e.getMessage());
        }
    }

    /** Whether the entry {@code [at, end)} is sound: its snapshot hashes to its fingerprint. */
    private boolean sound(byte[] chunk, int at, int end) {
        if (!StateEntry.outOfLine(chunk, at)) {
            return Fingerprint.of(chunk, at + StateEntry.HEADER, end - at - StateEntry.HEADER) == StateEntry.fp(chunk, at);
        }
        try {
            LargeSnapshots.read(root, StateEntry.fp(chunk, at), StateEntry.outOfLineLength(chunk, at));
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /**
     * The chunk of state {@code seq}, which the order file says is {@code fp} (-1: no state
     * is), or null. The state stored there must say it is {@code fp} too, or the order entry
     * is not that of a stored state (damage the caller reports). One read of the map: the
     * record or snapshot is then taken from the same chunk.
     */
    private byte[] chunkHolding(long fp, long seq, long published) {
        if (seq < 0) {
            return null;
        }
        byte[] chunk = chunkOf(seq, published);
        return StateEntry.fp(chunk, Chunk.start(chunk, Chunk.index(seq))) == fp ? chunk : null;
    }

    /** Forgets the fingerprint index (the order file was rolled back). */
    void forget() {
        index.clear();
    }

    /** The checked chunk holding published state {@code seq}, or null. */
    private byte[] chunkOf(long seq, long published) {
        if (seq < 0 || seq >= published) {
            return null;
        }
        long key = Chunk.key(seq);
        byte[] value = chunks.get(key);
        if (value == null) {
            // A miss may be a race, not damage: the writer moves a growing chunk to a newer
            // tier by putting it there, then removing it from the older one, and this lookup
            // may have passed the newer tier before the put and the older one after the
            // removal. A second pass, begun after that removal, finds the put.
            if (follow) {
                chunks.refresh();
            }
            value = chunks.get(key);
        }
        if (value == null) {
            throw damaged.apply(Part.SNAPSHOTS, "state " + seq + " is published but its chunk " + key + " is missing");
        }
        String damage = Chunk.damage(key, value);
        if (damage == null && Chunk.index(seq) >= Chunk.count(value)) {
            damage = "chunk " + key + " holds " + Chunk.count(value) + " states, not state " + seq;
        }
        if (damage != null) {
            throw damaged.apply(Part.SNAPSHOTS, damage);
        }
        return value;
    }
}
