package dev.ariadne.store;

/**
 * How a new store is sized: the capacity of its first tier of map files and the expected
 * average snapshot size. Both are estimates; the store grows past them by adding tiers.
 *
 * @param initialEntries    states the first tier holds before the store rolls over to a
 *                          new tier twice as large (at least 1024)
 * @param snapshotSizeHint  expected average snapshot size in bytes (at least 8); later
 *                          tiers are sized from the sizes actually seen
 */
public record StoreOptions(long initialEntries, int snapshotSizeHint) {

    /** The smallest first tier a store may ask for, in states. */
    public static final long MIN_INITIAL_ENTRIES = 1024;
    /** The capacity of the first tier when nothing else is said. */
    public static final long DEFAULT_INITIAL_ENTRIES = 1L << 16;
    /** The snapshot size assumed when nothing else is said. */
    public static final int DEFAULT_SNAPSHOT_SIZE = 256;

    public StoreOptions {
        long most = TierKind.MAX_TIER_ENTRIES * Chunk.STATES;
        if (initialEntries < MIN_INITIAL_ENTRIES || initialEntries > most) {
            throw new IllegalArgumentException("initialEntries must be in [" + MIN_INITIAL_ENTRIES + ", "
                    + most + "]: " + initialEntries);
        }
        if (snapshotSizeHint < 8) {
            throw new IllegalArgumentException("snapshotSizeHint must be at least 8: " + snapshotSizeHint);
        }
    }

    /** 64k states in the first tier, 256-byte snapshots. */
    public static StoreOptions defaults() {
        return new StoreOptions(DEFAULT_INITIAL_ENTRIES, DEFAULT_SNAPSHOT_SIZE);
    }
}
