package dev.ariadne.collect;

/**
 * An estimate of the number of distinct 64-bit fingerprints seen, in constant memory
 * (Flajolet et al.'s HyperLogLog with 2^12 registers: about 1.6 % standard error, with
 * linear counting for small counts). Fingerprints are already well mixed hashes.
 */
public final class HyperLogLog {
    private static final int BITS = 12;
    private static final int M = 1 << BITS;
    private final byte[] registers = new byte[M];

    public void add(long hash) {
        int idx = (int) (hash >>> (64 - BITS));
        long rest = hash << BITS | (1L << (BITS - 1)); // a sentinel bit bounds the rank
        byte rank = (byte) (Long.numberOfLeadingZeros(rest) + 1);
        if (rank > registers[idx]) {
            registers[idx] = rank;
        }
    }

    /** Takes in what another estimator saw (the union of both). */
    public void merge(HyperLogLog other) {
        for (int i = 0; i < M; i++) {
            if (other.registers[i] > registers[i]) {
                registers[i] = other.registers[i];
            }
        }
    }

    public long estimate() {
        double sum = 0;
        int zeros = 0;
        for (byte r : registers) {
            sum += 1.0 / (1L << r);
            if (r == 0) {
                zeros++;
            }
        }
        double alpha = 0.7213 / (1 + 1.079 / M);
        double e = alpha * M * M / sum;
        if (e <= 2.5 * M && zeros > 0) {
            e = M * Math.log((double) M / zeros); // linear counting: exact enough for small sets
        }
        return Math.round(e);
    }
}
