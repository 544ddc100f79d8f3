package dev.ariadne.collect;

import java.util.Arrays;

/**
 * The fingerprints of every state discovered so far: pages of longs on the JVM heap, each an
 * open-addressing table, found through a directory indexed by a fingerprint's high bits that
 * doubles as the set grows (extendible hashing). A page more than half full splits in two by
 * the next bit, in place, into one new page: the set never keeps a table it outgrew, so growing
 * leaves no garbage behind, and its pages lie in the heap's transparent huge pages where the
 * launcher asks for them. A probe is a cache miss; in direct memory, on 4 KB pages, it was a
 * TLB miss as well (docs/benchmarks.md, "Stop 25").
 *
 * <p>One thread adds and asks (the coordinator); workers stopped reading it in stop 16. Zero
 * marks an empty slot: fingerprints are never 0.
 */
public final class FingerprintSet {
    private static final int PAGE_BITS = 16;
    private static final int PAGE = 1 << PAGE_BITS;
    /** A page splits past this many fingerprints: half full, as linear probing likes it. */
    private static final int LIMIT = PAGE / 2;
    /** The deepest directory, 2^26 pages: 2^41 slots, far beyond any run. */
    private static final int MAX_DEPTH = 26;

    /** An open-addressing table of {@link #PAGE} slots, indexed by a second hash of a fingerprint ({@link #slot}). */
    private static final class Page {
        final long[] slots = new long[PAGE];
        int count;
        /** The high bits of a fingerprint that select this page. */
        int depth;

        Page(int depth) {
            this.depth = depth;
        }
    }

    private Page[] directory;
    /** The high bits that index {@link #directory}; at least 1, so that the shift below is under 64. */
    private int depth;
    private long size;
    /** A page's fingerprints while it splits. */
    private long[] scratch;

    public FingerprintSet(long expected) {
        long pages = Math.max(2, Long.highestOneBit(Math.max(1, expected * 2 / PAGE) * 2 - 1));
        depth = Math.min(MAX_DEPTH, Long.numberOfTrailingZeros(pages));
        directory = new Page[1 << depth];
        for (int i = 0; i < directory.length; i++) {
            directory[i] = new Page(depth);
        }
    }

    public long size() {
        return size;
    }

    /** Whether the fingerprint was added. */
    public boolean contains(long fp) {
        long[] slots = directory[(int) (spread(fp) >>> (64 - depth))].slots;
        for (int i = slot(fp); ; i = (i + 1) & (PAGE - 1)) {
            long v = slots[i];
            if (v == fp) {
                return true;
            }
            if (v == 0) {
                return false;
            }
        }
    }

    /** Adds a fingerprint; returns false if it was there. */
    public boolean add(long fp) {
        if (fp == 0) {
            throw new IllegalArgumentException("fingerprint 0 is reserved");
        }
        long h = spread(fp);
        Page page = directory[(int) (h >>> (64 - depth))];
        long[] slots = page.slots;
        for (int i = slot(fp); ; i = (i + 1) & (PAGE - 1)) {
            long v = slots[i];
            if (v == fp) {
                return false;
            }
            if (v == 0) {
                slots[i] = fp;
                size++;
                if (++page.count > LIMIT) {
                    split(page, h);
                }
                return true;
            }
        }
    }

    /** Splits {@code page}, which holds a fingerprint whose {@link #spread} is {@code h}, by its next high bit. */
    private void split(Page page, long h) {
        if (page.depth == depth) {
            if (depth == MAX_DEPTH) {
                if (page.count >= PAGE - PAGE / 8) {
                    throw new IllegalStateException("the visited set is full: " + size + " fingerprints");
                }
                return; // fuller pages rather than a larger directory
            }
            Page[] doubled = new Page[directory.length * 2];
            for (int i = 0; i < directory.length; i++) {
                doubled[2 * i] = directory[i];
                doubled[2 * i + 1] = directory[i];
            }
            directory = doubled;
            depth++;
        }
        // The directory entries of this page are a run of 2^(depth - page.depth); the upper half goes to the new page.
        int span = 1 << (depth - page.depth);
        int first = (int) (h >>> (64 - page.depth)) * span;
        page.depth++;
        Page high = new Page(page.depth);
        Arrays.fill(directory, first + span / 2, first + span, high);
        if (scratch == null) {
            scratch = new long[PAGE];
        }
        int n = 0;
        long[] slots = page.slots;
        for (long v : slots) {
            if (v != 0) {
                scratch[n++] = v;
            }
        }
        Arrays.fill(slots, 0);
        page.count = 0;
        for (int k = 0; k < n; k++) {
            long fp = scratch[k];
            Page to = ((spread(fp) >>> (64 - page.depth)) & 1) == 0 ? page : high;
            insert(to, fp);
        }
        // All on one side: rare with good fingerprints, and the next bit splits it again.
        if (page.count > LIMIT) {
            split(page, h & ~(1L << (64 - page.depth)));
        } else if (high.count > LIMIT) {
            split(high, h | (1L << (64 - page.depth)));
        }
    }

    private static void insert(Page page, long fp) {
        long[] slots = page.slots;
        int i = slot(fp);
        while (slots[i] != 0) {
            i = (i + 1) & (PAGE - 1);
        }
        slots[i] = fp;
        page.count++;
    }

    /**
     * The bits that choose a page, its high ones: a multiplication makes each of them depend on
     * every bit of the fingerprint, so fingerprints that differ only in their low bits spread too.
     */
    private static long spread(long fp) {
        return fp * 0x9E3779B97F4A7C15L;
    }

    /** The slot a probe starts at in its page: the high bits of another multiplication, independent of {@link #spread}'s. */
    private static int slot(long fp) {
        return (int) ((fp * 0xC2B2AE3D27D4EB4FL) >>> (64 - PAGE_BITS));
    }
}
