package dev.ariadne.simulate;

import java.util.Arrays;

/**
 * The states of the behaviour being walked, with the step that led to each, in one
 * growing byte array: a walker records every state it visits and reads them back only
 * for a violation's trace, so recording allocates nothing once the arrays have grown.
 */
final class PathBuffer {
    private byte[] bytes = new byte[4096];
    /** State i is {@code bytes[starts[i], starts[i + 1])}. */
    private int[] starts = new int[17];
    private int[] steps = new int[16];
    private int size;

    void clear() {
        size = 0;
    }

    /** Appends the state {@code b[0, len)}, reached by step {@code step}. */
    void add(byte[] b, int len, int step) {
        if (size == steps.length) {
            steps = Arrays.copyOf(steps, size * 2);
            starts = Arrays.copyOf(starts, size * 2 + 1);
        }
        int at = starts[size];
        if (at + len > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, at + len));
        }
        System.arraycopy(b, 0, bytes, at, len);
        steps[size] = step;
        starts[++size] = at + len;
    }

    /** A copy of state {@code i}. */
    byte[] state(int i) {
        return Arrays.copyOfRange(bytes, starts[i], starts[i + 1]);
    }

    /** The step that led to state {@code i}. */
    int step(int i) {
        return steps[i];
    }
}
