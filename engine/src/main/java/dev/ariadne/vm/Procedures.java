package dev.ariadne.vm;

import dev.ariadne.value.EvalException;
import dev.ariadne.value.TupleV;
import dev.ariadne.value.Value;

import java.util.Arrays;

/**
 * The call stack of a process that calls PlusCal procedures: a tuple of frame records,
 * the newest last, kept in a hidden local of the process frame, so that it is part of
 * the state like any value (PlusCal's {@code stack[self]}). An empty stack is no value
 * at all, so a process that returned from every call is the same state as before.
 */
final class Procedures {
    /** Calls nest at most this deep: a recursion that never ends is an error, not a state space that never ends. */
    static final int MAX_DEPTH = 900;

    private Procedures() {
    }

    /** The stack {@code calls} (null when empty) with {@code record} pushed. */
    static TupleV push(Value calls, TupleV record) {
        if (calls == null) {
            return TupleV.of(record);
        }
        Value[] items = ((TupleV) calls).items();
        if (items.length >= MAX_DEPTH) {
            throw new EvalException("maximum recursion depth exceeded (" + MAX_DEPTH + " procedure calls)");
        }
        Value[] more = Arrays.copyOf(items, items.length + 1);
        more[items.length] = record;
        return TupleV.wrap(more);
    }

    /** The stack without its newest record; null when that empties it. */
    static TupleV pop(TupleV calls) {
        int n = calls.size() - 1;
        return n == 0 ? null : TupleV.wrap(Arrays.copyOf(calls.items(), n));
    }
}
