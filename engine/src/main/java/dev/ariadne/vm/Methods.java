package dev.ariadne.vm;

import dev.ariadne.value.BoolV;
import dev.ariadne.value.DictV;
import dev.ariadne.value.EvalException;
import dev.ariadne.value.FrozenSetV;
import dev.ariadne.value.IntV;
import dev.ariadne.value.ListV;
import dev.ariadne.value.NoneV;
import dev.ariadne.value.Order;
import dev.ariadne.value.SetV;
import dev.ariadne.value.StrV;
import dev.ariadne.value.Trail;
import dev.ariadne.value.TupleV;
import dev.ariadne.value.Value;
import dev.ariadne.lang.compile.Opcode;

import java.util.HashMap;
import java.util.Map;

/** The methods of lists, tuples, dicts, sets, frozensets and strings. */
final class Methods {
    private static final String[] NAMES = {
        // list
        "append", "extend", "pop", "insert", "remove", "index", "count", "copy", "clear", "sort", "reverse",
        // dict
        "get", "keys", "values", "items", "pop", "setdefault", "update", "copy", "clear",
        // set and frozenset
        "add", "remove", "discard", "union", "intersection", "difference", "issubset", "issuperset",
        "symmetric_difference", "isdisjoint", "copy", "clear", "update",
        // str
        "join", "split", "startswith", "endswith", "format", "upper", "lower", "strip", "replace", "find", "count",
        // tuple
        "index", "count",
    };
    private static final int LIST = 0;
    private static final int DICT = 11;
    private static final int SET = 20;
    private static final int STR = 33;
    private static final int TUPLE = 44;
    private static final int END = 46;

    /** Methods a frozenset has (the non-mutating set methods). */
    private static final String[] FROZEN = {"union", "intersection", "difference", "issubset", "issuperset",
        "symmetric_difference", "isdisjoint", "copy"};

    @SuppressWarnings("unchecked")
    private static final Map<String, Integer>[] BY_TAG = new Map[Value.SYM + 1];

    static {
        for (int t = 0; t < BY_TAG.length; t++) {
            BY_TAG[t] = new HashMap<>();
        }
        register(Value.LIST, LIST, DICT);
        register(Value.DICT, DICT, SET);
        register(Value.SET, SET, STR);
        register(Value.STR, STR, TUPLE);
        register(Value.TUPLE, TUPLE, END);
        for (String f : FROZEN) {
            BY_TAG[Value.FROZENSET].put(f, BY_TAG[Value.SET].get(f));
        }
    }

    private static void register(int tag, int from, int to) {
        for (int i = from; i < to; i++) {
            BY_TAG[tag].put(NAMES[i], i);
        }
    }

    private Methods() {
    }

    /** The id of a method of x, or -1. */
    static int lookup(Value x, String name) {
        Integer id = BY_TAG[x.tag()].get(name);
        return id == null ? -1 : id;
    }

    static String name(int id) {
        return NAMES[id];
    }

    static Value call(Machine m, int id, Value recv, Args a) {
        Trail t = m.trail();
        if (id < DICT) {
            return listMethod(m, id, (ListV) recv, a, t);
        }
        if (id < SET) {
            return dictMethod(id, (DictV) recv, a, t);
        }
        if (id < STR) {
            return setMethod(id, recv, a, t);
        }
        if (id < TUPLE) {
            return StrMethods.call(id - STR, ((StrV) recv).value, a);
        }
        TupleV tu = (TupleV) recv;
        return sequenceSearch(id - TUPLE == 0, tu.items(), tu.size(), a);
    }

    private static Value listMethod(Machine m, int id, ListV l, Args a, Trail t) {
        switch (id) {
            case 0: // append
                l.append(a.expect(1, 1).get(0), t);
                return NoneV.NONE;
            case 1: { // extend
                Value[] items = Iteration.elements(a.expect(1, 1).get(0));
                l.extend(items, items.length, t);
                return NoneV.NONE;
            }
            case 2: { // pop
                a.expect(0, 1);
                if (l.size() == 0) {
                    throw new EvalException("pop from empty list");
                }
                int i = a.npos == 0 ? l.size() - 1 : Subscripts.position(a.get(0), l.size(), "pop");
                return l.removeAt(i, t);
            }
            case 3: { // insert
                a.expect(2, 2);
                long i = a.intArg(0);
                int n = l.size();
                int at = (int) Math.max(0, Math.min(n, i < 0 ? i + n : i));
                l.insert(at, a.get(1), t);
                return NoneV.NONE;
            }
            case 4: { // remove
                int i = Operators.indexOf(l.items(), l.size(), a.expect(1, 1).get(0));
                if (i < 0) {
                    throw new EvalException("list.remove(x): x not in list");
                }
                l.removeAt(i, t);
                return NoneV.NONE;
            }
            case 5:
            case 6:
                return sequenceSearch(id == 5, l.items(), l.size(), a);
            case 7: // copy
                a.expect(0, 0);
                return new ListV(l.toArray(), l.size(), t.epoch());
            case 8: // clear
                a.expect(0, 0);
                l.replaceAll(new Value[0], 0, t);
                return NoneV.NONE;
            case 9: { // sort
                a.count(0, 0);
                a.onlyKeywords("key", "reverse");
                Value[] sorted = Sorting.sorted(m, l.toArray(), a.keyword("key"), a.keyword("reverse"));
                l.replaceAll(sorted, sorted.length, t);
                return NoneV.NONE;
            }
            default: { // reverse
                a.expect(0, 0);
                Value[] r = l.toArray();
                java.util.Collections.reverse(java.util.Arrays.asList(r));
                l.replaceAll(r, r.length, t);
                return NoneV.NONE;
            }
        }
    }

    private static Value sequenceSearch(boolean index, Value[] items, int n, Args a) {
        Value x = a.expect(1, 1).get(0);
        if (!index) {
            int c = 0;
            for (int i = 0; i < n; i++) {
                if (Order.equal(items[i], x)) {
                    c++;
                }
            }
            return IntV.of(c);
        }
        int i = Operators.indexOf(items, n, x);
        if (i < 0) {
            throw new EvalException(dev.ariadne.value.Repr.repr(x) + " is not in list");
        }
        return IntV.of(i);
    }

    private static Value dictMethod(int id, DictV d, Args a, Trail t) {
        switch (id - DICT) {
            case 0: { // get
                a.expect(1, 2);
                Value v = d.get(a.get(0));
                return v != null ? v : a.npos == 2 ? a.get(1) : NoneV.NONE;
            }
            case 1:
            case 2:
            case 3: { // keys, values, items: lists in canonical key order
                a.expect(0, 0);
                Value[] out = new Value[d.size()];
                for (int i = 0; i < out.length; i++) {
                    out[i] = switch (id - DICT) {
                        case 1 -> d.keyAt(i);
                        case 2 -> d.valueAt(i);
                        default -> TupleV.of(d.keyAt(i), d.valueAt(i));
                    };
                }
                return new ListV(out, out.length, t.epoch());
            }
            case 4: { // pop
                a.expect(1, 2);
                Value v = d.remove(a.get(0), t);
                if (v != null) {
                    return v;
                }
                if (a.npos == 2) {
                    return a.get(1);
                }
                throw Subscripts.keyNotFound(a.get(0));
            }
            case 5: { // setdefault
                a.expect(1, 2);
                Value v = d.get(a.get(0));
                if (v != null) {
                    return v;
                }
                Value dflt = a.npos == 2 ? a.get(1) : NoneV.NONE;
                d.put(a.get(0), dflt, t);
                return dflt;
            }
            case 6: { // update
                a.count(0, 1);
                if (a.npos == 1) {
                    Builtins.addPairs(d, a.get(0), t);
                }
                for (int k = 0; k < a.keywordCount(); k++) {
                    d.put(StrV.of(a.keywordName(k)), a.keywordValue(k), t);
                }
                return NoneV.NONE;
            }
            case 7: { // copy
                a.expect(0, 0);
                DictV c = DictV.empty(t.epoch());
                c.putAll(d, t);
                return c;
            }
            default: { // clear
                a.expect(0, 0);
                while (d.size() > 0) {
                    d.remove(d.keyAt(d.size() - 1), t);
                }
                return NoneV.NONE;
            }
        }
    }

    private static Value setMethod(int id, Value recv, Args a, Trail t) {
        String name = NAMES[id];
        switch (name) {
            case "add":
                ((SetV) recv).add(a.expect(1, 1).get(0), t);
                return NoneV.NONE;
            case "remove":
                if (!((SetV) recv).remove(a.expect(1, 1).get(0), t)) {
                    throw Subscripts.keyNotFound(a.get(0));
                }
                return NoneV.NONE;
            case "discard":
                ((SetV) recv).remove(a.expect(1, 1).get(0), t);
                return NoneV.NONE;
            case "clear":
                a.expect(0, 0);
                ((SetV) recv).replaceAll(new Value[0], 0, t);
                return NoneV.NONE;
            case "copy":
                a.expect(0, 0);
                return recv instanceof SetV s ? new SetV(s.toArray(), s.size(), t.epoch()) : recv;
            case "update": {
                SetV s = (SetV) recv;
                a.noKeywords();
                for (int i = 0; i < a.npos; i++) {
                    for (Value v : Iteration.elements(a.get(i))) {
                        s.add(v, t);
                    }
                }
                return NoneV.NONE;
            }
            default:
                break;
        }
        Value[] mine = Operators.elements(recv);
        int n = Operators.size(recv);
        if (name.equals("issubset") || name.equals("issuperset") || name.equals("isdisjoint")) {
            Value[] other = Iteration.sortedUniqueElements(a.expect(1, 1).get(0));
            boolean r = switch (name) {
                case "issubset" -> SetAlgebra.isSubset(mine, n, other, other.length);
                case "issuperset" -> SetAlgebra.isSubset(other, other.length, mine, n);
                default -> SetAlgebra.apply(Opcode.BITAND, mine, n, other, other.length).length == 0;
            };
            return BoolV.of(r);
        }
        int op = switch (name) {
            case "union" -> Opcode.BITOR;
            case "intersection" -> Opcode.BITAND;
            case "difference" -> Opcode.SUB;
            default -> Opcode.BITXOR;
        };
        a.noKeywords();
        Value[] acc = java.util.Arrays.copyOf(mine, n);
        for (int i = 0; i < a.npos; i++) {
            Value[] other = Iteration.sortedUniqueElements(a.get(i));
            acc = SetAlgebra.apply(op, acc, acc.length, other, other.length);
        }
        return recv instanceof FrozenSetV ? FrozenSetV.wrapSorted(acc) : new SetV(acc, acc.length, t.epoch());
    }
}
