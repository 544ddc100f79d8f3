package dev.ariadne.vm;

import dev.ariadne.value.DictV;
import dev.ariadne.value.EvalException;
import dev.ariadne.value.FrozenSetV;
import dev.ariadne.value.ListV;
import dev.ariadne.value.Order;
import dev.ariadne.value.SetV;
import dev.ariadne.value.StrV;
import dev.ariadne.value.TupleV;
import dev.ariadne.value.Value;

import java.util.Arrays;

/** What iterating a value yields: a list by index, anything else as a snapshot of its elements. */
final class Iteration {
    private Iteration() {
    }

    static Iter iterator(Value v) {
        if (v instanceof ListV l) {
            return new ListIter(l, 0);
        }
        return new ArrayIter(elements(v), 0);
    }

    /** The distinct elements of an iterable in canonical order (a set's contents), in a new array. */
    static Value[] sortedUniqueElements(Value v) {
        Value[] els = elements(v);
        return Order.sortedUnique(els, els.length);
    }

    /**
     * The elements of an iterable, in iteration order (canonical for dicts and sets), in
     * an array the caller may keep but must not modify.
     */
    static Value[] elements(Value v) {
        switch (v.tag()) {
            case Value.LIST:
                return ((ListV) v).toArray();
            case Value.TUPLE:
                return ((TupleV) v).items();
            case Value.SET:
                return ((SetV) v).toArray();
            case Value.FROZENSET:
                return ((FrozenSetV) v).items();
            case Value.DICT: {
                DictV d = (DictV) v;
                Value[] keys = new Value[d.size()];
                for (int i = 0; i < keys.length; i++) {
                    keys[i] = d.keyAt(i);
                }
                return keys;
            }
            case Value.STR: {
                String s = ((StrV) v).value;
                Value[] chars = new Value[s.length()];
                for (int i = 0; i < chars.length; i++) {
                    chars[i] = StrV.of(String.valueOf(s.charAt(i)));
                }
                return chars;
            }
            default:
                throw new EvalException("'" + v.typeName() + "' object is not iterable");
        }
    }

    private static boolean isSorted(Value[] items) {
        for (int i = 1; i < items.length; i++) {
            if (dev.ariadne.value.Order.compare(items[i - 1], items[i]) > 0) {
                return false;
            }
        }
        return true;
    }

    /** The elements in canonical order: what {@code oneof} and process domains range over. */
    static Value[] canonical(Value v) {
        switch (v.tag()) {
            case Value.SET:
            case Value.FROZENSET:
            case Value.DICT:
                return elements(v);
            default: {
                Value[] items = elements(v);
                if (isSorted(items)) {
                    return items;
                }
                Value[] sorted = Arrays.copyOf(items, items.length);
                dev.ariadne.value.Order.sort(sorted, sorted.length);
                return sorted;
            }
        }
    }
}
