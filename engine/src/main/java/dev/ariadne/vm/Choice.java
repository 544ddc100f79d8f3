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
    final int count;
    int next = 1;

    Choice(int mark, Frame[] frames, int nframes, Value[] values, int[] targets, int count) {
        this.mark = mark;
        this.frames = frames;
        this.nframes = nframes;
        this.values = values;
        this.targets = targets;
        this.count = count;
    }
}
