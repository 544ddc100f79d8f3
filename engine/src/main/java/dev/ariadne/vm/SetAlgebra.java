package dev.ariadne.vm;

import dev.ariadne.lang.compile.Opcode;
import dev.ariadne.value.Order;
import dev.ariadne.value.Value;

import java.util.Arrays;

/** Union, intersection, difference and subset tests by merging sorted element arrays. */
final class SetAlgebra {
    private SetAlgebra() {
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
