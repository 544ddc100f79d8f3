package dev.ariadne.snapshot;

import com.esotericsoftware.kryo.io.Output;
import dev.ariadne.vm.Proc;

import java.util.Arrays;

/**
 * The process instances a codec decoded lately whose bytes stand alone (they name no
 * object: no mutable value, no back-reference, no function), so that neither decoding nor
 * encoding repeats work on an instance a step left as it was.
 *
 * <p>Such bytes decode to the same instance wherever they stand, and a decoder reads
 * exactly them, no more: so when the bytes at a process's position start with the bytes
 * of an instance decoded before at that position, that instance is the one they hold. A
 * step never changes a loaded instance in place (it runs a copy of the frame), so an
 * instance that is the same object has the same bytes when a successor is encoded.
 */
final class ProcCache {
    /** Instances remembered per position, most recently used first. */
    private static final int WAYS = 4;

    private Proc[][] procs = new Proc[8][WAYS];
    private byte[][][] bytes = new byte[8][WAYS][];
    /** The instances of the last decoded state and their bytes (null when they do not stand alone). */
    private Proc[] loaded = new Proc[8];
    private byte[][] loadedBytes = new byte[8][];

    /**
     * Finds the instance remembered at position {@code i} whose bytes {@code b} holds at
     * {@code pos} (before {@code limit}) and makes it the decoded state's instance {@code i}
     * ({@link #loaded}); returns the length of its bytes, or -1 when none is there.
     */
    int find(int i, byte[] b, int pos, int limit) {
        grow(i);
        Proc[] ps = procs[i];
        byte[][] bs = bytes[i];
        for (int w = 0; w < WAYS && ps[w] != null; w++) {
            byte[] s = bs[w];
            if (s.length <= limit - pos && Arrays.equals(s, 0, s.length, b, pos, pos + s.length)) {
                remember(i, w, ps[w], s);
                return s.length;
            }
        }
        return -1;
    }

    /** Instance {@code i} of the decoded state, as {@link #find} found it. */
    Proc loaded(int i) {
        return loaded[i];
    }

    /** Records instance {@code i} of the state being decoded, read from {@code b[off, off + len)}; {@code b} null: not alone. */
    void decoded(int i, Proc p, byte[] b, int off, int len) {
        grow(i);
        if (b == null) {
            loaded[i] = null;
            loadedBytes[i] = null;
            return;
        }
        remember(i, WAYS - 1, p, Arrays.copyOfRange(b, off, off + len));
    }

    /**
     * Puts {@code p} and its bytes first at position {@code i}, in place of way {@code w}
     * (the ways before it move down one), and makes it the decoded state's instance {@code i}.
     */
    private void remember(int i, int w, Proc p, byte[] s) {
        Proc[] ps = procs[i];
        byte[][] bs = bytes[i];
        System.arraycopy(ps, 0, ps, 1, w);
        System.arraycopy(bs, 0, bs, 1, w);
        ps[0] = p;
        bs[0] = s;
        loaded[i] = p;
        loadedBytes[i] = s;
    }

    /** Writes the bytes of instance {@code i} of the last decoded state if {@code p} is it and they stand alone; whether it did. */
    boolean copyTo(int i, Proc p, Output out) {
        if (i >= loaded.length || loaded[i] != p || p == null) {
            return false;
        }
        byte[] s = loadedBytes[i];
        out.writeBytes(s, 0, s.length);
        return true;
    }

    /** Forgets which instances the last decoded state had, from position {@code n} on. */
    void loadedCount(int n) {
        for (int i = n; i < loaded.length; i++) {
            loaded[i] = null;
            loadedBytes[i] = null;
        }
    }

    private void grow(int i) {
        if (i < procs.length) {
            return;
        }
        int n = Math.max(i + 1, procs.length * 2);
        int old = procs.length;
        procs = Arrays.copyOf(procs, n);
        bytes = Arrays.copyOf(bytes, n);
        for (int k = old; k < n; k++) {
            procs[k] = new Proc[WAYS];
            bytes[k] = new byte[WAYS][];
        }
        loaded = Arrays.copyOf(loaded, n);
        loadedBytes = Arrays.copyOf(loadedBytes, n);
    }
}
