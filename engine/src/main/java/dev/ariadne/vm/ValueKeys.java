package dev.ariadne.vm;

import dev.ariadne.value.Value;

/**
 * Gives a value a 64-bit key that depends on the value alone: equal keys mean (but for a
 * hash collision) values no code can tell apart. The snapshot codec gives it: a hash of
 * the value's canonical bytes, numbered on their own.
 */
@FunctionalInterface
public interface ValueKeys {
    /** The key of {@code v}, never 0; or 0 when {@code v} has none (it holds a function, whose code may read more). */
    long key(Value v);
}
