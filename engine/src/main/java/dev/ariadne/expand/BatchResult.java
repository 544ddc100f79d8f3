package dev.ariadne.expand;

import dev.ariadne.result.Violation;
import dev.ariadne.liveness.StateEdges;

import java.util.Arrays;
import java.util.List;

/**
 * What expanding a batch gave, per state in batch order: the successors not already
 * known (fingerprint, step, snapshot bytes, packed in one array), how many successors
 * were generated in all, and the violations found. Built by one worker, then read by
 * the coordinator.
 */
public final class BatchResult {
    /** Successors of state i are {@code [start[i], start[i + 1])}. */
    final int[] start;
    final int[] generated;
    long[] fps;
    int[] steps;
    int[] offsets;
    byte[] data;
    int count;
    /** Violations, each tagged with its state's index in the batch. */
    final List<Violation>[] violations;
    /** What the liveness check needs of each state, or null when the run has no temporal property. */
    StateEdges live;
    /** The coverage counts of the batch, or null without {@code --coverage}. */
    CoverageBatch coverage;

    BatchResult(int states) {
        this(states, 64, 4096);
    }

    /** Room for {@code successors} successors of {@code bytes} bytes in all before anything grows. */
    @SuppressWarnings("unchecked")
    BatchResult(int states, int successors, int bytes) {
        fps = new long[Math.max(1, successors)];
        steps = new int[fps.length];
        offsets = new int[fps.length + 1];
        data = new byte[Math.max(16, bytes)];
        start = new int[states + 1];
        generated = new int[states];
        violations = new List[states];
    }

    void addSuccessor(long fp, int step, byte[] bytes, int from, int len) {
        if (count == fps.length) {
            fps = Arrays.copyOf(fps, Math.max(16, count * 2));
            steps = Arrays.copyOf(steps, fps.length);
            offsets = Arrays.copyOf(offsets, fps.length + 1);
        }
        int off = offsets[count];
        if (off + len > data.length) {
            data = Arrays.copyOf(data, Math.max(data.length * 2, off + len));
        }
        System.arraycopy(bytes, from, data, off, len);
        fps[count] = fp;
        steps[count] = step;
        offsets[count + 1] = off + len;
        count++;
    }

    void addViolation(int state, Violation v) {
        if (violations[state] == null) {
            violations[state] = new java.util.ArrayList<>(1);
        }
        violations[state].add(v);
    }

    /** The results of consecutive parts of one batch, as the result of the whole batch. */
    public static BatchResult concat(BatchResult[] parts) {
        int n = 0;
        for (BatchResult p : parts) {
            n += p.states();
        }
        BatchResult out = new BatchResult(n);
        int i = 0;
        for (BatchResult p : parts) {
            for (int j = 0; j < p.states(); j++, i++) {
                out.start[i] = out.count;
                out.generated[i] = p.generated[j];
                out.violations[i] = p.violations[j];
                for (int k = p.start[j]; k < p.start[j + 1]; k++) {
                    out.addSuccessor(p.fps[k], p.steps[k], p.data, p.offsets[k], p.offsets[k + 1] - p.offsets[k]);
                }
            }
        }
        out.start[n] = out.count;
        if (parts[0].live != null) {
            StateEdges[] lives = new StateEdges[parts.length];
            for (int k = 0; k < parts.length; k++) {
                lives[k] = parts[k].live;
            }
            out.live = StateEdges.concat(lives);
        }
        if (parts[0].coverage != null) {
            CoverageBatch[] cs = new CoverageBatch[parts.length];
            for (int k = 0; k < parts.length; k++) {
                cs[k] = parts[k].coverage;
            }
            out.coverage = CoverageBatch.concat(cs);
        }
        return out;
    }

    /** The violations found on state {@code state} of the batch, or null. */
    public List<Violation> violations(int state) {
        return violations[state];
    }

    /** The successors of state {@code state} are {@code [successorsFrom(state), successorsTo(state))}. */
    public int successorsFrom(int state) {
        return start[state];
    }

    public int successorsTo(int state) {
        return start[state + 1];
    }

    /** How many successors state {@code state} generated, known ones included. */
    public int generated(int state) {
        return generated[state];
    }

    public long fingerprint(int successor) {
        return fps[successor];
    }

    public int step(int successor) {
        return steps[successor];
    }

    /** The array holding every successor's snapshot bytes, at {@link #offset} for {@link #length} bytes. */
    public byte[] data() {
        return data;
    }

    /** The snapshot bytes of all the successors. */
    public long bytes() {
        return offsets[count] - offsets[0];
    }

    public int offset(int successor) {
        return offsets[successor];
    }

    public int length(int successor) {
        return offsets[successor + 1] - offsets[successor];
    }

    /** What the liveness check needs of each state, or null when the run has no temporal property. */
    public CoverageBatch coverage() {
        return coverage;
    }

    public StateEdges live() {
        return live;
    }

    public int states() {
        return generated.length;
    }
}
