package dev.ariadne.store;

import net.openhft.chronicle.map.ChronicleMapBuilder;

/**
 * The kinds of tiered map files, with how each is configured: the snapshots
 * ({@code seq / 32 -> the records and canonical bytes of 32 states}, see {@link Chunk}).
 */
enum TierKind {
    SNAPSHOTS("snapshots");

    /** Tiers double in capacity up to this many entries, then stay at it. */
    static final long MAX_TIER_ENTRIES = 1L << 26;
    /** The smallest tier, in entries (chunks). */
    static final long MIN_TIER_ENTRIES = 32;
    /**
     * A snapshot tier is sized for at most this many bytes of values (capacity x average):
     * its sparse length, and Chronicle's time to create it, grow with that product
     * (measured: 2.4 GB of sparse length in 0.16 s, 76 GB in 20 s).
     */
    static final double MAX_TIER_VALUE_BYTES = 4.0 * (1L << 30);
    /** The capacity of a tier made for one very large value: small tiers admit only small entries. */
    static final long LARGE_VALUE_TIER_ENTRIES = 1L << 16;
    /**
     * The largest snapshot the store takes: a chunk of 32 of them (16 MiB) still fits a tier
     * within the bound above.
     */
    static final int MAX_SNAPSHOT_BYTES = 512 << 10;
    /**
     * No head-room past the configured entries: with sparse files Chronicle sizes every
     * segment for {@code entries x maxBloatFactor} up front, and the larger hash lookups cost
     * disk (measured: 146 vs 138 bytes a snapshot entry). The
     * store rolls over at the configured capacity anyway; a segment that fills early
     * makes Chronicle refuse a put, and {@link TierSet#put} then rolls over early.
     */
    static final double MAX_BLOAT = 1.0;
    /**
     * One segment a tier: its entries are then laid out in the order they are put, so the
     * writer touches the file's new pages in order, and the kernel maps them several at a
     * fault (a sparse 100 MB mapping touched in order: 3.6 us a page; a third of its pages in
     * no order, as many segments each filling its own region made them: 17-20 us). Tiers had
     * Chronicle's default, 8 segments at 2,048 entries, 32 at 65,536, 512 at a million; one
     * writer does not need them, and readers rarely read (batches carry their snapshots).
     * race-7 at 2 workers: 0.93 of the time in threads, 0.89 in worker processes, 191 MB on
     * disk instead of 198 (docs/benchmarks.md, "Stop 19").
     */
    static final int SEGMENTS = 1;

    private final String prefix;

    TierKind(String prefix) {
        this.prefix = prefix;
    }

    /** The file-name prefix, e.g. {@code snapshots} for {@code snapshots-0000.cm}. */
    String prefix() {
        return prefix;
    }

    /** The value (chunk) size assumed for a new tier when nothing has been measured yet. */
    double initialValueSize(StoreOptions options) {
        return Chunk.overhead(Chunk.STATES) + (double) Chunk.STATES * (StateEntry.HEADER + options.snapshotSizeHint());
    }

    /** The capacity of the first tier, in chunks, for a store expected to hold {@code states} at first. */
    static long initialCapacity(StoreOptions options) {
        return Math.max(MIN_TIER_ENTRIES, Chunk.chunksFor(options.initialEntries()));
    }

    /**
     * The builder of one tier. An existing file carries its own configuration in its
     * header; this one only matters when the file is created.
     */
    ChronicleMapBuilder<Long, byte[]> builder(String name, long capacity, double averageValueSize) {
        ChronicleRuntime.prepare();
        ChronicleMapBuilder<Long, byte[]> builder = ChronicleMapBuilder.of(Long.class, byte[].class)
                .name(name)
                .entries(capacity)
                .constantKeySizeBySample(Long.MIN_VALUE)
                .maxBloatFactor(MAX_BLOAT)
                .actualSegments(SEGMENTS)
                .sparseFile(true)
                .putReturnsNull(true)
                .removeReturnsNull(true);
        return builder.averageValueSize(averageValueSize);
    }
}
