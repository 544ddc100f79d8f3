package dev.ariadne.snapshot;

import dev.ariadne.value.DictV;
import dev.ariadne.value.FrozenRecordV;
import dev.ariadne.value.FrozenSetV;
import dev.ariadne.value.ListV;
import dev.ariadne.value.Mutable;
import dev.ariadne.value.Order;
import dev.ariadne.value.RecordV;
import dev.ariadne.value.SetV;
import dev.ariadne.value.TupleV;
import dev.ariadne.value.Value;

import java.util.IdentityHashMap;
import java.util.Map;

/**
 * Whether two heaps are the same state: the same values with the same sharing and
 * cycles, i.e. a bijection between their mutable objects that preserves everything.
 */
final class Isomorphism {
    private final Map<Mutable, Mutable> forward = new IdentityHashMap<>();
    private final Map<Mutable, Mutable> backward = new IdentityHashMap<>();

    static boolean same(Value[] a, Value[] b) {
        if (a.length != b.length) {
            return false;
        }
        Isomorphism iso = new Isomorphism();
        for (int i = 0; i < a.length; i++) {
            if (!iso.same(a[i], b[i])) {
                return false;
            }
        }
        return true;
    }

    private boolean same(Value x, Value y) {
        if (x == null || y == null) {
            return x == y;
        }
        if (x.tag() != y.tag()) {
            return false;
        }
        if (x instanceof Mutable mx) {
            Mutable my = (Mutable) y;
            Mutable seen = forward.get(mx);
            if (seen != null || backward.containsKey(my)) {
                return seen == my;
            }
            forward.put(mx, my);
            backward.put(my, mx);
        }
        switch (x.tag()) {
            case Value.TUPLE:
                return all(((TupleV) x).items(), ((TupleV) y).items(), ((TupleV) x).size(), ((TupleV) y).size());
            case Value.FROZENSET:
                return all(((FrozenSetV) x).items(), ((FrozenSetV) y).items(), ((FrozenSetV) x).size(),
                        ((FrozenSetV) y).size());
            case Value.LIST:
                return all(((ListV) x).items(), ((ListV) y).items(), ((ListV) x).size(), ((ListV) y).size());
            case Value.SET:
                return all(((SetV) x).items(), ((SetV) y).items(), ((SetV) x).size(), ((SetV) y).size());
            case Value.DICT: {
                DictV a = (DictV) x;
                DictV b = (DictV) y;
                if (a.size() != b.size()) {
                    return false;
                }
                for (int i = 0; i < a.size(); i++) {
                    if (!same(a.keyAt(i), b.keyAt(i)) || !same(a.valueAt(i), b.valueAt(i))) {
                        return false;
                    }
                }
                return true;
            }
            case Value.FROZENRECORD: {
                FrozenRecordV a = (FrozenRecordV) x;
                FrozenRecordV b = (FrozenRecordV) y;
                if (a.shape() != b.shape()) {
                    return false;
                }
                for (int i = 0; i < a.shape().size(); i++) {
                    if (!same(a.field(i), b.field(i))) {
                        return false;
                    }
                }
                return true;
            }
            case Value.RECORD: {
                RecordV a = (RecordV) x;
                RecordV b = (RecordV) y;
                if (a.shape() != b.shape()) {
                    return false;
                }
                for (int i = 0; i < a.shape().size(); i++) {
                    if (!same(a.field(i), b.field(i))) {
                        return false;
                    }
                }
                return true;
            }
            default:
                return Order.equal(x, y);
        }
    }

    private boolean all(Value[] a, Value[] b, int na, int nb) {
        if (na != nb) {
            return false;
        }
        for (int i = 0; i < na; i++) {
            if (!same(a[i], b[i])) {
                return false;
            }
        }
        return true;
    }
}
