package dev.ariadne.vm;

import dev.ariadne.value.Trail;
import dev.ariadne.value.Value;

import java.util.Arrays;

/**
 * The choice points of the running step, newest last ({@code oneof}, {@code either}, an
 * action's parameters): each keeps copies of the frames and a trail mark, so that
 * {@link #backtrack} can resume the step at its next alternative.
 */
final class ChoicePoints {
    private final CallStack calls;
    private final Trail trail;
    private Choice[] choices = new Choice[8];
    private int n;

    ChoicePoints(CallStack calls, Trail trail) {
        this.calls = calls;
        this.trail = trail;
    }

    /**
     * Makes a choice point with {@code count} alternatives: values, branch addresses, or
     * (with neither) {@code start + k * step}. The caller takes the first.
     */
    void push(Value[] values, int[] targets, long start, long step, int count) {
        int depth = calls.size();
        Frame[] copies = new Frame[depth];
        for (int j = 0; j < depth; j++) {
            copies[j] = calls.get(j).copy();
        }
        if (n == choices.length) {
            choices = Arrays.copyOf(choices, n * 2);
        }
        choices[n++] = new Choice(trail.mark(), copies, depth, values, targets, start, step, count);
    }

    /** Resumes the newest choice point that has alternatives left; false when none has. */
    boolean backtrack() {
        if (n == 0) {
            return false;
        }
        Choice c = choices[n - 1];
        int k = c.next++;
        boolean last = c.next >= c.count;
        trail.undoTo(c.mark);
        int live = calls.size();
        calls.resize(c.nframes);
        for (int j = 0; j < c.nframes; j++) {
            Frame saved = c.frames[j];
            Frame current = j < live ? calls.get(j) : null;
            if (last) {
                calls.set(j, saved);
            } else if (current != null && current.code == saved.code) {
                current.assign(saved); // no live frame is referenced by a choice, so this is safe and allocates nothing
            } else {
                calls.set(j, saved.copy());
            }
        }
        if (last) {
            choices[--n] = null;
        }
        Frame top = calls.top();
        if (c.targets != null) {
            top.pc = c.targets[k];
        } else {
            top.stack[top.sp++] = c.value(k);
        }
        return true;
    }

    /** Whether no choice point has alternatives left (the branch running is the step's last). */
    boolean isEmpty() {
        return n == 0;
    }

    /** Forgets every choice point (the step ended). */
    void clear() {
        Arrays.fill(choices, 0, n, null);
        n = 0;
    }
}
