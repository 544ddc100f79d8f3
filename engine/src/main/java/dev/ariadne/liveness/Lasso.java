package dev.ariadne.liveness;

import java.util.Arrays;

/**
 * A behaviour that violates a temporal property: a path from an initial state, then a
 * cycle. {@code fps[0]} is an initial state and {@code steps[i]} the step from state
 * {@code i - 1} to state {@code i}. When {@code loopTo >= 0} the last state is state
 * {@code loopTo} again (the cycle is {@code loopTo .. last}); when it is -1 the behaviour
 * stutters forever in its last state.
 */
public record Lasso(long[] fps, int[] steps, int loopTo) {

    public boolean stutters() {
        return loopTo < 0;
    }

    /** As text, for checkpoints and run metadata: {@code loopTo;fp:step,fp:step,...} in hex. */
    public String encode() {
        StringBuilder b = new StringBuilder().append(loopTo).append(';');
        for (int i = 0; i < fps.length; i++) {
            if (i > 0) {
                b.append(',');
            }
            b.append(Long.toHexString(fps[i])).append(':').append(steps[i]);
        }
        return b.toString();
    }

    public static Lasso decode(String text) {
        int semi = text.indexOf(';');
        int loopTo = Integer.parseInt(text.substring(0, semi));
        String[] items = text.substring(semi + 1).split(",");
        long[] fps = new long[items.length];
        int[] steps = new int[items.length];
        for (int i = 0; i < items.length; i++) {
            int colon = items[i].indexOf(':');
            fps[i] = Long.parseUnsignedLong(items[i].substring(0, colon), 16);
            steps[i] = Integer.parseInt(items[i].substring(colon + 1));
        }
        return new Lasso(fps, steps, loopTo);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Lasso l && loopTo == l.loopTo && Arrays.equals(fps, l.fps) && Arrays.equals(steps, l.steps);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(fps) + Arrays.hashCode(steps) + loopTo;
    }

    @Override
    public String toString() {
        return "Lasso[" + encode() + "]";
    }
}
