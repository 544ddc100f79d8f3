package dev.ariadne.store;

import net.openhft.chronicle.hash.ChronicleHashCorruption;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A map that outgrows any size estimate: a list of Chronicle Map files ("tiers") of one
 * kind, each twice the capacity of the one before (up to {@link TierKind#MAX_TIER_ENTRIES},
 * and for snapshots up to {@link TierKind#MAX_TIER_VALUE_BYTES} of values).
 * New entries go to the newest tier; when it reaches its capacity (or, for snapshots, its
 * byte budget) the next tier is created. Lookups try the newest tier first: the frontier,
 * which is what workers read, was added last.
 *
 * <p>Readers never lock: the tier list is an immutable array replaced on roll-over, and
 * Chronicle Map's own segment locks make each lookup thread-safe.
 */
final class TierSet implements AutoCloseable {
    private final RunDirectory dir;
    private final TierKind kind;
    private volatile Tier[] tiers;
    /** Puts Chronicle refused (a full segment, an entry too large), each followed by a roll-over. */
    private int refusals;

    private TierSet(RunDirectory dir, TierKind kind, Tier[] tiers) {
        this.dir = dir;
        this.kind = kind;
        this.tiers = tiers;
    }

    /** A new tiered map with one empty tier. */
    static TierSet create(RunDirectory dir, TierKind kind, long capacity, double averageValueSize) {
        return new TierSet(dir, kind, new Tier[] {Tier.create(dir, kind, 0, capacity, averageValueSize)});
    }

    /** Opens (or recovers) the tiers named by the checkpoint record. */
    static TierSet open(RunDirectory dir, TierKind kind, List<TierInfo> infos, boolean recover,
                        ChronicleHashCorruption.Listener listener) {
        List<Tier> opened = new ArrayList<>();
        try {
            for (TierInfo info : infos) {
                opened.add(Tier.open(dir, kind, info, recover, listener));
            }
        } catch (RuntimeException e) {
            opened.forEach(Tier::close);
            throw e;
        }
        return new TierSet(dir, kind, opened.toArray(new Tier[0]));
    }

    /** Opens every tier present now, read-only; {@link #refresh} picks up later ones. */
    static TierSet openForReading(RunDirectory dir, TierKind kind) {
        TierSet set = new TierSet(dir, kind, new Tier[0]);
        set.refresh();
        if (set.tiers.length == 0) {
            throw new StoreException(dir.tierFile(kind, 0) + " is missing");
        }
        return set;
    }

    /** The value of {@code fp}, newest tier first, or null. */
    byte[] get(long fp) {
        Tier[] current = tiers;
        for (int i = current.length - 1; i >= 0; i--) {
            byte[] value = current[i].get(fp);
            if (value != null) {
                return value;
            }
        }
        return null;
    }

    /**
     * Writes a new entry into the newest tier, rolling over first if it is full. Should
     * Chronicle still refuse (a segment fuller than the count says, as in tiers of many
     * segments made before {@link TierKind#SEGMENTS}, or a value far larger than the tier was
     * sized for), the store rolls over to a tier sized for it and retries once.
     */
    void put(long fp, ByteSlice value) {
        Tier tier = newest();
        if (tier.full(value.length())) {
            tier = rollOver(value.length());
        }
        try {
            tier.put(fp, value);
        } catch (IllegalStateException | IllegalArgumentException refused) {
            refusals++;
            tier = rollOver(value.length());
            try {
                tier.put(fp, value);
            } catch (RuntimeException e) {
                throw new StoreException(tier.file + " cannot hold a value of " + value.length() + " bytes: "
                        + StoreException.oneLine(e), e);
            }
        }
        tier.entries++;
        tier.valueBytes += value.length();
    }

    /**
     * Writes a new version of an entry that is already in some tier. The new one goes to
     * the newest tier first, then older copies are removed, so the entry is in some tier at
     * every moment; a lookup (newest tier first) racing with a move to a newer tier can
     * still miss both copies, and must look again before it calls the entry missing
     * ({@link StateLookup} does).
     */
    void replace(long key, ByteSlice value) {
        put(key, value);
        Tier[] current = tiers;
        for (Tier tier : current) {
            if (tier != current[current.length - 1]) {
                tier.remove(key);
            }
        }
    }

    private Tier rollOver(int nextValueLength) {
        Tier last = newest();
        long capacity = Math.min(last.capacity * 2, TierKind.MAX_TIER_ENTRIES);
        double average = last.averageValueSize;
        if (kind == TierKind.SNAPSHOTS) {
            // Size the next tier from what was actually stored, not from the first guess.
            double seen = last.entries > 0 ? (double) last.valueBytes / last.entries : average;
            average = Math.max(8, seen);
            // Chronicle refuses an entry larger than one segment tier (a few hundred average
            // entries of a tier of 64k or more, fewer in a smaller tier): a value far above
            // the average gets a tier whose average and capacity admit it.
            double forValue = nextValueLength / 256.0;
            if (forValue > average) {
                average = forValue;
                capacity = Math.max(capacity, TierKind.LARGE_VALUE_TIER_ENTRIES);
            }
            // Keep capacity x average bounded: a tier's sparse length and creation time grow with it.
            capacity = Math.max(TierKind.MIN_TIER_ENTRIES,
                    Math.min(capacity, (long) (TierKind.MAX_TIER_VALUE_BYTES / average)));
        }
        Tier next = Tier.create(dir, kind, last.index + 1, capacity, average);
        Tier[] grown = Arrays.copyOf(tiers, tiers.length + 1);
        grown[grown.length - 1] = next;
        tiers = grown;
        return next;
    }

    /** Removes {@code fp} from whichever tier holds it. */
    void remove(long fp) {
        for (Tier tier : tiers) {
            tier.remove(fp);
        }
    }

    /** Entries in all tiers (Chronicle keeps per-segment counts, so this is cheap). */
    long size() {
        long total = 0;
        for (Tier tier : tiers) {
            total += tier.size();
        }
        return total;
    }

    /** Resets each tier's roll-over bookkeeping from its map (after a rollback). */
    void recount() {
        for (Tier tier : tiers) {
            tier.entries = tier.size();
            tier.valueBytes = (long) (tier.entries * tier.averageValueSize);
        }
    }

    /** The tiers, oldest first (a snapshot of the list). */
    Tier[] tiers() {
        return tiers;
    }

    int refusals() {
        return refusals;
    }

    int count() {
        return tiers.length;
    }

    private Tier newest() {
        Tier[] current = tiers;
        return current[current.length - 1];
    }

    List<TierInfo> infos() {
        List<TierInfo> infos = new ArrayList<>();
        for (Tier tier : tiers) {
            infos.add(tier.info());
        }
        return infos;
    }

    void force() {
        for (Tier tier : tiers) {
            tier.force();
        }
    }

    /**
     * Reader side: opens the tiers the writer has added since the last look. Files appear
     * whole (they are renamed into place), so one that exists can be opened.
     *
     * @return true if a tier was added
     */
    synchronized boolean refresh() {
        Tier[] current = tiers;
        List<Tier> added = new ArrayList<>();
        try {
            for (int i = current.length; Files.exists(dir.tierFile(kind, i)); i++) {
                added.add(Tier.openForReading(dir, kind, i));
            }
        } catch (RuntimeException e) {
            added.forEach(Tier::close);
            throw e;
        }
        if (added.isEmpty()) {
            return false;
        }
        Tier[] grown = Arrays.copyOf(current, current.length + added.size());
        for (int i = 0; i < added.size(); i++) {
            grown[current.length + i] = added.get(i);
        }
        tiers = grown;
        return true;
    }

    @Override
    public void close() {
        Resources.closeAll(Arrays.asList(tiers));
    }
}
