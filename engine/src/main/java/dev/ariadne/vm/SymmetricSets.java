package dev.ariadne.vm;

import dev.ariadne.value.EvalException;
import dev.ariadne.value.FrozenSetV;
import dev.ariadne.value.SymV;
import dev.ariadne.value.Value;

import java.util.ArrayList;
import java.util.List;

/** The symmetric sets that the constants of a program make while it loads ({@code symmetric(prefix, n)}), in order. */
final class SymmetricSets {
    /** The most elements of a symmetric set: a permutation is an index array, a signature costs a pass per element. */
    static final int MAX = 64;

    private final List<SymV[]> sets = new ArrayList<>();

    /** {@code symmetric(prefix, n)}: a new set of n interchangeable model values. */
    Value make(String prefix, long n) {
        if (n < 1 || n > MAX) {
            throw new EvalException("symmetric() needs between 1 and " + MAX + " values, not " + n);
        }
        if (prefix.isEmpty() || !Character.isLetter(prefix.charAt(0))) {
            throw new EvalException("the prefix of symmetric values must start with a letter, not '" + prefix + "'");
        }
        for (SymV[] set : sets) {
            if (set[0].prefix.equals(prefix)) {
                throw new EvalException("symmetric values '" + prefix + "' are made twice: each set needs its own prefix");
            }
        }
        SymV[] set = new SymV[(int) n];
        for (int i = 0; i < n; i++) {
            set[i] = new SymV(sets.size(), i, prefix);
        }
        sets.add(set);
        return FrozenSetV.of(set, set.length);
    }

    /** The sets made so far, by index. */
    SymV[][] toArray() {
        return sets.toArray(new SymV[0][]);
    }
}
