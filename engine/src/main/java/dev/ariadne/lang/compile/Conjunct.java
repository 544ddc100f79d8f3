package dev.ariadne.lang.compile;

import java.util.Arrays;

/**
 * One operand of an invariant's top-level {@code and}, compiled as its own body.
 *
 * @param code  the body that evaluates the operand and returns it
 * @param reads  the globals (by index, ascending) whose values (with the processes' labels,
 *               when {@code labels}) alone decide the operand's value, errors and output;
 *               null when something else may ({@link ReadSets}): the operand is then
 *               evaluated in every state
 * @param labels whether the operand reads the processes' labels ({@code pc(...)}, {@code done()})
 */
public record Conjunct(int code, int[] reads, boolean labels) {
    /** Whether the operand's result may be kept for the values of {@link #reads}. */
    public boolean cacheable() {
        return reads != null;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Conjunct c && c.code == code && Arrays.equals(c.reads, reads) && c.labels == labels;
    }

    @Override
    public int hashCode() {
        return 31 * (31 * code + Arrays.hashCode(reads)) + Boolean.hashCode(labels);
    }

    @Override
    public String toString() {
        return "Conjunct[code=" + code + ", reads=" + Arrays.toString(reads) + ", labels=" + labels + "]";
    }
}
