package dev.ariadne.store;

import net.openhft.chronicle.hash.Data;

/**
 * Brings a reopened store back to its last checkpoint: every state with
 * {@code seq >= discovered} is removed from the snapshot map and the order file, and the
 * result is checked against the checkpoint's count.
 *
 * <p>The fast path walks the order file from {@code discovered} to its {@code appended}
 * counter: {@link ChronicleStateStore#add} raises that counter (with a full fence) before
 * it writes the map, so every fingerprint that may have reached it is there. If the
 * counts still disagree after a crash, a full scan removes every entry whose own seq is
 * past the checkpoint (or that is too short to have one). If they disagree after that,
 * states from before the checkpoint were lost: that is reported, not hidden.
 */
final class Rollback {
    private Rollback() {
    }

    record Result(long dropped, boolean fullScan) {
    }

    static Result toCheckpoint(long discovered, OrderFile order, TierSet snapshots, boolean crashed) {
        long appended = order.appended();
        if (appended < discovered) {
            throw new StoreException(order.file() + " holds " + appended + " states but the checkpoint recorded "
                    + discovered + ": states before the checkpoint are lost");
        }
        long dropped = 0;
        for (long seq = discovered; seq < appended; seq++) {
            long fp = order.get(seq);
            byte[] value = snapshots.get(fp);
            // An entry with a smaller seq is a state from before the checkpoint.
            if (value == null || !StateEntry.hasHeader(value.length) || StateEntry.seq(value) >= discovered) {
                snapshots.remove(fp);
                dropped++;
            }
        }
        order.truncate(discovered);
        boolean fullScan = false;
        if (crashed && snapshots.size() != discovered) {
            fullScan = true;
            dropped += scan(discovered, snapshots);
        }
        check(discovered, snapshots);
        snapshots.recount();
        return new Result(dropped, fullScan);
    }

    private static long scan(long discovered, TierSet snapshots) {
        long[] removed = {0};
        for (Tier tier : snapshots.tiers()) {
            tier.forEachEntry(e -> {
                Data<byte[]> value = e.value();
                if (!StateEntry.hasHeader(value.size()) || StateEntry.seq(value.get()) >= discovered) {
                    e.doRemove();
                    removed[0]++;
                }
            });
        }
        return removed[0];
    }

    private static void check(long discovered, TierSet set) {
        long size = set.size();
        if (size != discovered) {
            Tier first = set.tiers()[0];
            throw new StoreException(first.file.getParent().resolve(first.kind.prefix() + "-*.cm")
                    + ": the snapshot map holds " + size + " states but the checkpoint recorded " + discovered
                    + "; the store is damaged");
        }
    }
}
