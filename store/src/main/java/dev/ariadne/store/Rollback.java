package dev.ariadne.store;

import net.openhft.chronicle.hash.Data;

/**
 * Brings a reopened store back to its last checkpoint: every state with
 * {@code seq >= discovered} is removed from the visited set, the snapshots and the order
 * file, and the result is checked against the checkpoint's count.
 *
 * <p>The fast path walks the order file from {@code discovered} to its {@code appended}
 * counter: {@link ChronicleStateStore#add} raises that counter (with a full fence) before
 * it writes either map, so every fingerprint that may have reached a map is there. If the
 * counts still disagree after a crash, a full scan removes every visited entry whose own
 * seq is past the checkpoint and every snapshot without a visited entry. If they disagree
 * after that, states from before the checkpoint were lost: that is reported, not hidden.
 */
final class Rollback {
    private Rollback() {
    }

    record Result(long dropped, boolean fullScan) {
    }

    static Result toCheckpoint(long discovered, OrderFile order, TierSet visited, TierSet snapshots, boolean crashed) {
        long appended = order.appended();
        if (appended < discovered) {
            throw new StoreException(order.file() + " holds " + appended + " states but the checkpoint recorded "
                    + discovered + ": states before the checkpoint are lost");
        }
        long dropped = 0;
        for (long seq = discovered; seq < appended; seq++) {
            long fp = order.get(seq);
            byte[] value = visited.get(fp);
            // A visited entry with a smaller seq is a state from before the checkpoint.
            if (value == null || VisitedValue.seq(value) >= discovered) {
                visited.remove(fp);
                snapshots.remove(fp);
                dropped++;
            }
        }
        order.truncate(discovered);
        boolean fullScan = false;
        if (crashed && (visited.size() != discovered || snapshots.size() != discovered)) {
            fullScan = true;
            dropped += scanVisited(discovered, visited);
            dropped += scanSnapshots(visited, snapshots);
        }
        check(discovered, visited, "visited set");
        check(discovered, snapshots, "snapshot map");
        visited.recount();
        snapshots.recount();
        return new Result(dropped, fullScan);
    }

    private static long scanVisited(long discovered, TierSet visited) {
        long[] removed = {0};
        for (Tier tier : visited.tiers()) {
            tier.forEachEntry(e -> {
                Data<byte[]> value = e.value();
                if (value.size() != VisitedValue.SIZE || VisitedValue.seq(value.get()) >= discovered) {
                    e.doRemove();
                    removed[0]++;
                }
            });
        }
        return removed[0];
    }

    private static long scanSnapshots(TierSet visited, TierSet snapshots) {
        long[] removed = {0};
        for (Tier tier : snapshots.tiers()) {
            tier.forEachEntry(e -> {
                if (visited.get(e.key().get()) == null) {
                    e.doRemove();
                    removed[0]++;
                }
            });
        }
        return removed[0];
    }

    private static void check(long discovered, TierSet set, String what) {
        long size = set.size();
        if (size != discovered) {
            Tier first = set.tiers()[0];
            throw new StoreException(first.file.getParent().resolve(first.kind.prefix() + "-*.cm") + ": the " + what
                    + " holds " + size + " states but the checkpoint recorded " + discovered + "; the store is damaged");
        }
    }
}
