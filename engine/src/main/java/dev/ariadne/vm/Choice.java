package dev.ariadne.vm;

import dev.ariadne.value.Value;

/**
 * A choice point of a step ({@code oneof}, {@code either}, an action parameter): the
 * trail mark and copies of the frames where it was made, and the alternatives left.
 */
final class Choice {
    final int mark;
    final Frame[] frames;
    final int nframes;
    /** The values of a {@code oneof}, or {@code null} for an {@code either}. */
    final Value[] values;
    /** The branch addresses of an {@code either}. */
    final int[] targets;
    /** Without values and targets: the alternatives are {@code rangeStart + k * rangeStep}. */
    final long rangeStart;
    final long rangeStep;
    final int count;
    int next = 1;

    Choice(int mark, Frame[] frames, int nframes, Value[] values, int[] targets, long rangeStart, long rangeStep,
           int count) {
        this.mark = mark;
        this.frames = frames;
        this.nframes = nframes;
        this.values = values;
        this.targets = targets;
        this.rangeStart = rangeStart;
        this.rangeStep = rangeStep;
        this.count = count;
    }

    /** The value of alternative k (for a {@code oneof}). */
    Value value(int k) {
        return values != null ? values[k] : dev.ariadne.value.IntV.of(rangeStart + k * rangeStep);
    }
}
