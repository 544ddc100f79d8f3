package dev.ariadne.spark.search;

/** Which partition owns a fingerprint: the same answer on every executor and the driver. */
public final class Owners {
    private Owners() {
    }

    /** The partition of {@code fp} among {@code partitions}. */
    public static int of(long fp, int partitions) {
        return (int) Long.remainderUnsigned(fp * 0x9E3779B97F4A7C15L >>> 17, partitions);
    }

    /** Spreads a fingerprint over the bits of a table index (fingerprints that share an owner share low bits). */
    static int mix(long fp) {
        long h = fp * 0xC2B2AE3D27D4EB4FL;
        return (int) (h ^ (h >>> 29) ^ (h >>> 47));
    }
}
