package dev.ariadne.vm;

import dev.ariadne.value.Value;

/**
 * A {@code for} loop's position. Iterators live on a frame's iterator stack; those of
 * loops paused by a label are part of the process state, so they are plain data too.
 */
public abstract sealed class Iter permits ListIter, ArrayIter, RangeIter {
    /** The next element, or {@code null} when exhausted. */
    public abstract Value next();

    public abstract Iter copy();
}
