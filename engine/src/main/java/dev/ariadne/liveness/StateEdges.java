package dev.ariadne.liveness;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.Arrays;

/**
 * What liveness needs of each state of a batch: its temporal predicate bits and every
 * successor that is not the state itself (stuttering steps neither count as taken nor
 * enable anything), with the step and fair instance of each edge. Filled by one worker in
 * state order, read by the coordinator, which appends it to the run's {@link GraphFile}.
 */
public final class StateEdges {
    private final int words;
    private final long[] bits;
    /** The edges of state i are {@code [start[i], start[i + 1])}. */
    private final int[] start;
    private long[] fps = new long[64];
    private int[] steps = new int[64];
    private long[] keys = new long[64];
    private int count;

    public StateEdges(int states, int words) {
        this.words = words;
        this.bits = new long[states * words];
        this.start = new int[states + 1];
    }

    public int states() {
        return start.length - 1;
    }

    /** The predicate bits of state i, to be filled in. */
    public long[] bits() {
        return bits;
    }

    public int bitsOffset(int state) {
        return state * words;
    }

    /** Starts the edges of state i (states are filled in order). */
    public void begin(int state) {
        start[state] = count;
        start[state + 1] = count;
    }

    public void add(int state, long fp, int step, long key) {
        if (count == fps.length) {
            fps = Arrays.copyOf(fps, count * 2);
            steps = Arrays.copyOf(steps, count * 2);
            keys = Arrays.copyOf(keys, count * 2);
        }
        fps[count] = fp;
        steps[count] = step;
        keys[count] = key;
        count++;
        start[state + 1] = count;
    }

    /** State i as one record of the graph file. */
    public void appendTo(GraphFile out, int state) throws IOException {
        out.append(bits, state * words, words, fps, steps, keys, start[state], start[state + 1]);
    }

    /** The parts of one batch, in order, as one. */
    public static StateEdges concat(StateEdges[] parts) {
        int n = 0;
        for (StateEdges p : parts) {
            n += p.states();
        }
        StateEdges out = new StateEdges(n, parts[0].words);
        int i = 0;
        for (StateEdges p : parts) {
            for (int j = 0; j < p.states(); j++, i++) {
                System.arraycopy(p.bits, j * p.words, out.bits, i * out.words, out.words);
                out.begin(i);
                for (int k = p.start[j]; k < p.start[j + 1]; k++) {
                    out.add(i, p.fps[k], p.steps[k], p.keys[k]);
                }
            }
        }
        return out;
    }

    public void write(DataOutputStream out) throws IOException {
        out.writeInt(states());
        out.writeInt(words);
        for (long b : bits) {
            out.writeLong(b);
        }
        for (int s : start) {
            out.writeInt(s);
        }
        for (int k = 0; k < count; k++) {
            out.writeLong(fps[k]);
            out.writeInt(steps[k]);
            out.writeLong(keys[k]);
        }
    }

    public static StateEdges read(DataInputStream in) throws IOException {
        int states = in.readInt();
        int words = in.readInt();
        StateEdges e = new StateEdges(states, words);
        for (int i = 0; i < e.bits.length; i++) {
            e.bits[i] = in.readLong();
        }
        for (int i = 0; i <= states; i++) {
            e.start[i] = in.readInt();
        }
        int n = e.start[states];
        e.fps = new long[Math.max(1, n)];
        e.steps = new int[Math.max(1, n)];
        e.keys = new long[Math.max(1, n)];
        for (int k = 0; k < n; k++) {
            e.fps[k] = in.readLong();
            e.steps[k] = in.readInt();
            e.keys[k] = in.readLong();
        }
        e.count = n;
        return e;
    }
}
