package dev.ariadne.vm;

/**
 * The combinations of values under which one invariant conjunct held, each with the
 * instructions it ran: a direct-mapped table of 64-bit keys, so its size is fixed and a
 * key is compared with one entry only. One per conjunct of a {@link StateChecks}, never
 * shared between threads. It turns itself off when it hardly ever hits, so that a
 * conjunct whose values are new in nearly every state costs no more than before.
 */
final class ConjunctCache {
    private static final int SLOTS = 1 << 13;
    /**
     * After this many look-ups, a cache that hit fewer than one in {@link #MIN_HIT_RATIO} is
     * turned off. Long enough to see past the first levels of a search, where most
     * combinations are new: filter lock's Filter (labels and levels) hit fewer than one in eight of its first
     * 4,096 look-ups, and half of all of them.
     */
    private static final int TRIAL = 1 << 15;
    private static final int MIN_HIT_RATIO = 8;

    private final long[] keys = new long[SLOTS];
    private final long[] steps = new long[SLOTS];
    private int lookups;
    private int hits;
    private boolean on = true;

    /** Whether keys are still worth computing for this conjunct. */
    boolean on() {
        return on;
    }

    /** The instructions the conjunct ran when it held under {@code key} (not 0), or -1 if it is not known to hold. */
    long find(long key) {
        int i = slot(key);
        boolean hit = keys[i] == key;
        if (lookups < TRIAL) {
            lookups++;
            hits += hit ? 1 : 0;
            if (lookups == TRIAL && hits * MIN_HIT_RATIO < TRIAL) {
                on = false;
            }
        }
        return hit ? steps[i] : -1;
    }

    /** Records that the conjunct held under {@code key} (not 0), running {@code ran} instructions. */
    void put(long key, long ran) {
        int i = slot(key);
        keys[i] = key;
        steps[i] = ran;
    }

    private static int slot(long key) {
        return (int) (key ^ (key >>> 29)) & (SLOTS - 1);
    }
}
