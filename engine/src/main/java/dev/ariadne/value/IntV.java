package dev.ariadne.value;

/** A 64-bit signed integer; small ones are cached so that the VM's arithmetic rarely allocates. */
public final class IntV implements Value {
    private static final int CACHE_LOW = -256;
    private static final int CACHE_HIGH = 4096;
    private static final IntV[] CACHE = new IntV[CACHE_HIGH - CACHE_LOW];

    static {
        for (int i = 0; i < CACHE.length; i++) {
            CACHE[i] = new IntV(i + CACHE_LOW);
        }
    }

    public static final IntV ZERO = of(0);
    public static final IntV ONE = of(1);

    public final long value;

    private IntV(long value) {
        this.value = value;
    }

    public static IntV of(long v) {
        if (v >= CACHE_LOW && v < CACHE_HIGH) {
            return CACHE[(int) v - CACHE_LOW];
        }
        return new IntV(v);
    }

    @Override
    public int tag() {
        return Value.INT;
    }

    @Override
    public String typeName() {
        return "int";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof IntV i && i.value == value;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(value);
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
