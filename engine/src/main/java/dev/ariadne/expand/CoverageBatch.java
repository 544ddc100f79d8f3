package dev.ariadne.expand;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.Arrays;

/**
 * The coverage part of a batch's result ({@code --coverage} only): per coverage key, the
 * states where the step was enabled and the successors it made; per successor, its key
 * (the coordinator counts the new distinct states a key produced when it merges); per
 * state, a hash of each global's value (the coordinator estimates distinct values).
 */
public final class CoverageBatch {
    final long[] enabled;
    final long[] taken;
    int[] keys = new int[64];
    int count;
    final long[] values;

    CoverageBatch(int nkeys, int states, int vars) {
        enabled = new long[nkeys];
        taken = new long[nkeys];
        values = new long[states * vars];
    }

    void successor(int index, int key) {
        if (index >= keys.length) {
            keys = Arrays.copyOf(keys, Math.max(index + 1, keys.length * 2));
        }
        keys[index] = key;
        count = Math.max(count, index + 1);
    }

    void write(DataOutputStream out) throws IOException {
        writeLongs(out, enabled);
        writeLongs(out, taken);
        writeLongs(out, values);
        out.writeInt(count);
        for (int k = 0; k < count; k++) {
            out.writeInt(keys[k]);
        }
    }

    static CoverageBatch read(DataInputStream in) throws IOException {
        long[] e = readLongs(in);
        long[] t = readLongs(in);
        long[] v = readLongs(in);
        CoverageBatch out = new CoverageBatch(e.length, 1, v.length);
        System.arraycopy(e, 0, out.enabled, 0, e.length);
        System.arraycopy(t, 0, out.taken, 0, t.length);
        System.arraycopy(v, 0, out.values, 0, v.length);
        int n = in.readInt();
        out.keys = new int[Math.max(n, 1)];
        for (int k = 0; k < n; k++) {
            out.keys[k] = in.readInt();
        }
        out.count = n;
        return out;
    }

    /** The parts of one batch, in order, as one. */
    static CoverageBatch concat(CoverageBatch[] parts) {
        int values = 0;
        int keys = 0;
        for (CoverageBatch p : parts) {
            values += p.values.length;
            keys += p.count;
        }
        CoverageBatch out = new CoverageBatch(parts[0].enabled.length, 1, values);
        int v = 0;
        for (CoverageBatch p : parts) {
            for (int k = 0; k < p.enabled.length; k++) {
                out.enabled[k] += p.enabled[k];
                out.taken[k] += p.taken[k];
            }
            System.arraycopy(p.values, 0, out.values, v, p.values.length);
            v += p.values.length;
            for (int k = 0; k < p.count; k++) {
                out.successor(out.count, p.keys[k]);
            }
        }
        return out;
    }

    private static void writeLongs(DataOutputStream out, long[] a) throws IOException {
        out.writeInt(a.length);
        for (long x : a) {
            out.writeLong(x);
        }
    }

    private static long[] readLongs(DataInputStream in) throws IOException {
        long[] a = new long[in.readInt()];
        for (int i = 0; i < a.length; i++) {
            a[i] = in.readLong();
        }
        return a;
    }
}
