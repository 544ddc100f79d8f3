package dev.ariadne.lang.compile;

import java.util.List;

/**
 * An {@code invariant} or a {@code constraint}: a named body that returns a truth value.
 *
 * @param conjuncts for an invariant whose body is {@code a and b and ...}, each operand
 *                  compiled on its own, in order (the invariant holds when every one is
 *                  true); for any other invariant one, its whole body ({@link ReadSets});
 *                  empty for a constraint
 */
public record CheckInfo(String name, int code, int offset, List<Conjunct> conjuncts) {
    public CheckInfo {
        conjuncts = List.copyOf(conjuncts);
    }

    public CheckInfo(String name, int code, int offset) {
        this(name, code, offset, List.of());
    }

    /** This check with its body split into {@code conjuncts}. */
    public CheckInfo withConjuncts(List<Conjunct> conjuncts) {
        return new CheckInfo(name, code, offset, conjuncts);
    }
}
