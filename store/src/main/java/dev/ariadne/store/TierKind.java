package dev.ariadne.store;

import net.openhft.chronicle.map.ChronicleMapBuilder;

/**
 * The kinds of tiered map files, with how each is configured: the snapshots
 * ({@code fp -> record and canonical bytes}, see {@link StateEntry}), which are also the
 * visited set.
 */
enum TierKind {
    SNAPSHOTS("snapshots");

    /** Tiers double in capacity up to this many entries, then stay at it. */
    static final long MAX_TIER_ENTRIES = 1L << 26;
    /** The smallest tier (and the smallest first tier a store may ask for). */
    static final long MIN_TIER_ENTRIES = 1024;
    /**
     * A snapshot tier is sized for at most this many bytes of values (capacity x average):
     * its sparse length, and Chronicle's time to create it, grow with that product
     * (measured: 2.4 GB of sparse length in 0.16 s, 76 GB in 20 s).
     */
    static final double MAX_TIER_VALUE_BYTES = 4.0 * (1L << 30);
    /** The capacity of a tier made for one very large value: small tiers admit only small entries. */
    static final long LARGE_VALUE_TIER_ENTRIES = 1L << 16;
    /** The largest snapshot the store takes (a tier that admits it stays within the bound above). */
    static final int MAX_SNAPSHOT_BYTES = 16 << 20;
    /**
     * No head-room past the configured entries: with sparse files Chronicle sizes every
     * segment for {@code entries x maxBloatFactor} up front, and the larger hash lookups cost
     * disk (measured: 146 vs 138 bytes a snapshot entry). The
     * store rolls over at the configured capacity anyway; a segment that fills early
     * makes Chronicle refuse a put, and {@link TierSet#put} then rolls over early.
     */
    static final double MAX_BLOAT = 1.0;

    private final String prefix;

    TierKind(String prefix) {
        this.prefix = prefix;
    }

    /** The file-name prefix, e.g. {@code snapshots} for {@code snapshots-0000.cm}. */
    String prefix() {
        return prefix;
    }

    /** The value size assumed for a new tier when nothing has been measured yet. */
    double initialValueSize(StoreOptions options) {
        return StateEntry.HEADER + options.snapshotSizeHint();
    }

    /**
     * The builder of one tier. An existing file carries its own configuration in its
     * header; this one only matters when the file is created.
     */
    ChronicleMapBuilder<Long, byte[]> builder(String name, long capacity, double averageValueSize) {
        ChronicleMapBuilder<Long, byte[]> builder = ChronicleMapBuilder.of(Long.class, byte[].class)
                .name(name)
                .entries(capacity)
                .constantKeySizeBySample(Long.MIN_VALUE)
                .maxBloatFactor(MAX_BLOAT)
                .sparseFile(true)
                .putReturnsNull(true)
                .removeReturnsNull(true);
        return builder.averageValueSize(averageValueSize);
    }
}
