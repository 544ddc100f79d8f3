package dev.ariadne.value;

/**
 * A symmetric model value: one element of a set made by {@code symmetric("rm", n)},
 * interchangeable with the other elements of its set. It has no order the model may
 * see (comparisons, {@code min}, {@code sorted} refuse it), so every permutation of the
 * set maps behaviours to behaviours and the checker may keep one state per orbit.
 *
 * <p>{@code group} numbers the symmetric sets of a program in the order they were made;
 * {@code index} is the element's place in its set, 0-based; it prints 1-based after the
 * set's prefix ({@code rm1}, {@code rm2}, ...), like TLC's model values.
 */
public final class SymV implements Value {
    public final int group;
    public final int index;
    public final String prefix;

    public SymV(int group, int index, String prefix) {
        this.group = group;
        this.index = index;
        this.prefix = prefix;
    }

    @Override
    public int tag() {
        return Value.SYM;
    }

    @Override
    public String typeName() {
        return "symmetric";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SymV s && s.group == group && s.index == index;
    }

    @Override
    public int hashCode() {
        return group * 1_000_003 + index;
    }

    @Override
    public String toString() {
        return prefix + (index + 1);
    }
}
