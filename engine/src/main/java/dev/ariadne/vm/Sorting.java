package dev.ariadne.vm;

import dev.ariadne.value.EvalException;
import dev.ariadne.value.NoneV;
import dev.ariadne.value.Order;
import dev.ariadne.value.Value;
import dev.ariadne.value.Values;

import java.util.Arrays;

/** {@code sorted}, {@code min} and {@code max}: canonical order, optional key function, stable. */
final class Sorting {
    private Sorting() {
    }

    static Value[] sorted(Machine m, Value[] items, Value key, Value reverse) {
        boolean rev = reverse != null && Values.truth(reverse);
        int n = items.length;
        if (key == null || key == NoneV.NONE) {
            Value[] r = items.clone();
            if (rev) {
                // Stable descending order: sort the reversed array ascending by the reversed comparator.
                Arrays.sort(r, (x, y) -> Order.compareVisible(y, x));
            } else {
                Arrays.sort(r, 0, n, Order::compareVisible);
            }
            return r;
        }
        Value[] keys = new Value[n];
        Integer[] idx = new Integer[n];
        for (int i = 0; i < n; i++) {
            keys[i] = m.callValue("a key= function", key, items[i]);
            idx[i] = i;
        }
        Arrays.sort(idx, (x, y) -> rev ? Order.compareVisible(keys[y], keys[x]) : Order.compareVisible(keys[x], keys[y]));
        Value[] r = new Value[n];
        for (int i = 0; i < n; i++) {
            r[i] = items[idx[i]];
        }
        return r;
    }

    /**
     * {@code choose(xs)} / {@code choose(xs, pred)}: the least element in canonical order
     * (for which {@code pred} is true), TLA+'s CHOOSE made deterministic; an error if none.
     */
    static Value choose(Machine m, Value[] items, Value pred) {
        Value[] sorted = items.clone();
        Order.sort(sorted, sorted.length);
        for (int i = 0; i < sorted.length; i++) {
            Value v = sorted[i];
            if (pred == null || Values.truth(m.callValue("the predicate of choose()", pred, v))) {
                if (m.program().symmetricSetCount() > 0) {
                    refuseSymmetricChoice(m, sorted, i, pred);
                }
                return v;
            }
        }
        throw new EvalException(pred == null ? "choose() of an empty collection: no element satisfies the condition"
                : "choose(): no element satisfies the condition");
    }

    /**
     * In a model with symmetric values, a choice is symmetric only when no other element
     * that differs from the chosen one by symmetric values also qualifies: the least of
     * several such elements depends on their hidden order.
     */
    private static void refuseSymmetricChoice(Machine m, Value[] sorted, int chosen, Value pred) {
        if (!dev.ariadne.value.Symmetric.contains(sorted[chosen])) {
            return;
        }
        for (int j = chosen + 1; j < sorted.length; j++) {
            if (dev.ariadne.value.Symmetric.contains(sorted[j]) && (pred == null || Values.truth(m.callValue("the predicate of choose()", pred, sorted[j])))) {
                throw new EvalException("choose() between '" + dev.ariadne.value.Repr.repr(sorted[chosen]) + "' and '"
                        + dev.ariadne.value.Repr.repr(sorted[j]) + "' depends on the order of symmetric values,"
                        + " which they do not have (the model would not be symmetric)");
            }
        }
    }

    /** The first minimal (or maximal) element; {@code null} for an empty array. */
    static Value extreme(Machine m, Value[] items, Value key, boolean max) {
        Value best = null;
        Value bestKey = null;
        for (Value v : items) {
            Value k = key == null || key == NoneV.NONE ? v : m.callValue("a key= function", key, v);
            if (best == null) {
                best = v;
                bestKey = k;
                continue;
            }
            int c = Order.compareVisible(k, bestKey);
            if (max ? c > 0 : c < 0) {
                best = v;
                bestKey = k;
            }
        }
        return best;
    }
}
