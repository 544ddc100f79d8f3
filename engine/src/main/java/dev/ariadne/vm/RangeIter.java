package dev.ariadne.vm;

import dev.ariadne.value.IntV;
import dev.ariadne.value.Value;

/** Iterates {@code range(start, stop, step)} without building the list. */
public final class RangeIter extends Iter {
    public long next;
    public final long stop;
    public final long step;

    public RangeIter(long next, long stop, long step) {
        this.next = next;
        this.stop = stop;
        this.step = step;
    }

    @Override
    public Value next() {
        if (step > 0 ? next >= stop : next <= stop) {
            return null;
        }
        long v = next;
        try {
            next = Math.addExact(next, step);
        } catch (ArithmeticException e) {
            next = stop; // past the end of the longs: the range is over
        }
        return IntV.of(v);
    }

    @Override
    public Iter copy() {
        return new RangeIter(next, stop, step);
    }
}
