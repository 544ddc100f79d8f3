package dev.ariadne.store;

import java.util.HashSet;
import java.util.Set;

/**
 * Brings a reopened store back to its last checkpoint: every state with
 * {@code seq >= discovered} is removed from the snapshot map and the order file, and the
 * result is checked against the checkpoint's count.
 *
 * <p>States live in {@link Chunk}s of consecutive sequence numbers, so the fast path
 * removes the chunks from the one past {@code discovered} to the one holding the order
 * file's {@code appended} counter ({@link ChronicleStateStore#add} raises that counter
 * before the state's chunk can reach the map), and cuts the chunk that holds
 * {@code discovered} back to the states before it. If the map still holds the wrong number
 * of chunks after a crash, a full scan removes every chunk past the checkpoint and every
 * older copy of a chunk that a crash left in two tiers. If it still disagrees after that,
 * states from before the checkpoint were lost: that is reported, not hidden.
 */
final class Rollback {
    private Rollback() {
    }

    record Result(long dropped, boolean fullScan) {
    }

    static Result toCheckpoint(long discovered, OrderFile order, TierSet chunks, boolean crashed) {
        long appended = order.appended();
        if (appended < discovered) {
            throw new StoreException(order.file() + " holds " + appended + " states but the checkpoint recorded "
                    + discovered + ": states before the checkpoint are lost");
        }
        long kept = Chunk.chunksFor(discovered);
        // The states dropped are those up to the last one found, in the order file or in the map.
        long end = Math.max(appended, discovered + cut(discovered, chunks));
        for (long key = kept; key <= Chunk.key(Math.max(0, appended - 1)); key++) {
            chunks.remove(key);
        }
        order.truncate(discovered);
        boolean fullScan = false;
        if (crashed && chunks.size() != kept) {
            fullScan = true;
            end = Math.max(end, scan(kept, chunks));
        }
        check(discovered, chunks);
        chunks.recount();
        return new Result(end - discovered, fullScan);
    }

    /** The states a chunk's value holds, 0 for a missing or damaged one. */
    private static int states(long key, byte[] value) {
        return value == null || Chunk.damage(key, value) != null ? 0 : Chunk.count(value);
    }

    /** Cuts the chunk holding {@code discovered} back to the states before it; returns how many it cut. */
    private static int cut(long discovered, TierSet chunks) {
        int keep = Chunk.index(discovered);
        long key = Chunk.key(discovered);
        byte[] value = keep == 0 ? null : chunks.get(key);
        if (states(key, value) <= keep) {
            return 0; // nothing to cut, or damage that check() reports
        }
        OpenChunk first = new OpenChunk();
        first.resume(key, value, keep);
        chunks.replace(key, first.valueInPlace());
        return Chunk.count(value) - keep;
    }

    /**
     * Removes every chunk at or past {@code kept}, and every copy of a chunk that a newer
     * tier also holds; returns the sequence number past the last state it removed (0 if none).
     */
    private static long scan(long kept, TierSet chunks) {
        long[] end = {0};
        Set<Long> newer = new HashSet<>();
        Tier[] tiers = chunks.tiers();
        for (int t = tiers.length - 1; t >= 0; t--) {
            Set<Long> here = new HashSet<>();
            tiers[t].forEachEntry(e -> {
                long key = e.key().get();
                if (key >= kept || newer.contains(key)) {
                    if (key >= kept) {
                        end[0] = Math.max(end[0], Chunk.firstSeq(key) + states(key, e.value().get()));
                    }
                    e.doRemove();
                } else {
                    here.add(key);
                }
            });
            newer.addAll(here);
        }
        return end[0];
    }

    private static void check(long discovered, TierSet chunks) {
        long size = chunks.size();
        long expected = Chunk.chunksFor(discovered);
        String wrong = null;
        if (size != expected) {
            wrong = "the snapshot map holds " + size + " chunks of states but the checkpoint recorded " + discovered
                    + " states, which take " + expected;
        } else if (Chunk.index(discovered) != 0) {
            long key = Chunk.key(discovered);
            byte[] last = chunks.get(key);
            String damage = last == null ? "chunk " + key + " is missing" : Chunk.damage(key, last);
            if (damage == null && Chunk.count(last) != Chunk.index(discovered)) {
                damage = "chunk " + key + " holds " + Chunk.count(last) + " states, not " + Chunk.index(discovered);
            }
            wrong = damage;
        }
        if (wrong != null) {
            Tier first = chunks.tiers()[0];
            throw new StoreException(first.file.getParent().resolve(first.kind.prefix() + "-*.cm") + ": " + wrong
                    + "; the store is damaged");
        }
    }
}
