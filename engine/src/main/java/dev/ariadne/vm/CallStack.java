package dev.ariadne.vm;

import java.util.Arrays;

/**
 * The frames of the code a machine is running, outermost first: the base frame of the
 * step or body, then one frame per call and per process prelude. Frames, not the Java
 * stack, hold the model's calls, so a choice point can copy them.
 */
final class CallStack {
    private Frame[] frames = new Frame[16];
    private int size;

    int size() {
        return size;
    }

    Frame get(int j) {
        return frames[j];
    }

    Frame top() {
        return frames[size - 1];
    }

    /** The frame of the step or body itself, or null when nothing runs. */
    Frame base() {
        return size > 0 ? frames[0] : null;
    }

    void push(Frame f) {
        if (size == frames.length) {
            frames = Arrays.copyOf(frames, size * 2);
        }
        frames[size++] = f;
    }

    /** Drops the top frame (a return). */
    void pop() {
        frames[--size] = null;
    }

    /** Puts {@code f} at depth {@code j} (below {@link #size}). */
    void set(int j, Frame f) {
        frames[j] = f;
    }

    /** Makes the stack {@code n} deep: frames above are dropped, new depths are to be {@link #set}. */
    void resize(int n) {
        if (n < size) {
            Arrays.fill(frames, n, size, null);
        } else if (n > frames.length) {
            frames = Arrays.copyOf(frames, Math.max(n, frames.length * 2));
        }
        size = n;
    }

    /** Starts a run of {@code base} alone. */
    void start(Frame base) {
        resize(0);
        push(base);
    }
}
