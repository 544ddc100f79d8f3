package dev.ariadne.vm;

import dev.ariadne.lang.compile.Opcode;
import dev.ariadne.value.EvalException;
import dev.ariadne.value.FrozenSetV;
import dev.ariadne.value.Order;
import dev.ariadne.value.Value;

import java.util.Arrays;

/** Union, intersection, difference and subset tests by merging sorted element arrays. */
final class SetAlgebra {
    private SetAlgebra() {
    }

    /** {@code subsets(s)} builds at most 2**MAX_SUBSET_BASE frozensets. */
    private static final int MAX_SUBSET_BASE = 20;

    /** Every subset of the sorted, distinct {@code elements}, as frozensets in canonical order (TLA+'s SUBSET). */
    static Value[] subsets(Value[] elements) {
        int n = elements.length;
        if (n > MAX_SUBSET_BASE) {
            throw new EvalException("subsets() of " + n + " elements would build 2**" + n + " sets, more than the 2**"
                    + MAX_SUBSET_BASE + " allowed");
        }
        Value[] out = new Value[1 << n];
        for (int mask = 0; mask < out.length; mask++) {
            Value[] members = new Value[Integer.bitCount(mask)];
            int k = 0;
            for (int i = 0; i < n; i++) {
                if ((mask & (1 << i)) != 0) {
                    members[k++] = elements[i];
                }
            }
            out[mask] = FrozenSetV.wrapSorted(members);
        }
        Order.sort(out, out.length);
        return out;
    }

    /** {@code a op b} for op one of SUB, BITOR (union), BITAND (intersection), BITXOR (symmetric difference). */
    static Value[] apply(int op, Value[] a, int na, Value[] b, int nb) {
        Value[] out = new Value[na + nb];
        int i = 0;
        int j = 0;
        int n = 0;
        while (i < na || j < nb) {
            int c = i == na ? 1 : j == nb ? -1 : Order.compare(a[i], b[j]);
            if (c < 0) {
                if (op != Opcode.BITAND) {
                    out[n++] = a[i];
                }
                i++;
            } else if (c > 0) {
                if (op == Opcode.BITOR || op == Opcode.BITXOR) {
                    out[n++] = b[j];
                }
                j++;
            } else {
                if (op == Opcode.BITOR || op == Opcode.BITAND) {
                    out[n++] = a[i];
                }
                i++;
                j++;
            }
        }
        return Arrays.copyOf(out, n);
    }

    static boolean isSubset(Value[] a, int na, Value[] b, int nb) {
        int j = 0;
        for (int i = 0; i < na; i++) {
            while (j < nb && Order.compare(b[j], a[i]) < 0) {
                j++;
            }
            if (j == nb || Order.compare(b[j], a[i]) != 0) {
                return false;
            }
            j++;
        }
        return true;
    }
}
