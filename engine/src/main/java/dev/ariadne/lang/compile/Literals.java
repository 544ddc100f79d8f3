package dev.ariadne.lang.compile;

import dev.ariadne.value.IntV;
import dev.ariadne.value.Repr;
import dev.ariadne.value.StrV;
import dev.ariadne.value.TupleV;
import dev.ariadne.value.Value;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The program's table of immutable literal values, each stored once. */
final class Literals {
    private final List<Value> values = new ArrayList<>();
    private final Map<String, Integer> index = new HashMap<>();

    int string(String s) {
        return add("s" + s, () -> new StrV(s));
    }

    int integer(long v) {
        return add("i" + v, () -> IntV.of(v));
    }

    /** A tuple folded at compile time ({@link ConstantFolder}); its repr tells tuples apart. */
    int tuple(TupleV t) {
        return add("t" + Repr.repr(t), () -> withTableStrings(t));
    }

    /**
     * {@code t} with every string in it, at any depth, the table's own: the codec writes the
     * program's strings as an index and reads them back as these objects. The folder made
     * strings of its own, so {@code ("Commit",)} went into every state holding it as
     * characters, and came out as a new string each time it was read.
     */
    private TupleV withTableStrings(TupleV t) {
        Value[] items = new Value[t.size()];
        for (int i = 0; i < items.length; i++) {
            Value v = t.get(i);
            if (v instanceof StrV str) {
                v = values.get(string(str.value));
            } else if (v instanceof TupleV inner) {
                v = withTableStrings(inner);
            }
            items[i] = v;
        }
        return TupleV.wrap(items);
    }

    /** A tuple of keyword-argument names. */
    int names(List<String> names) {
        return add("k" + String.join("\0", names), () -> {
            Value[] items = new Value[names.size()];
            for (int i = 0; i < items.length; i++) {
                items[i] = values.get(string(names.get(i)));
            }
            return TupleV.wrap(items);
        });
    }

    private int add(String key, java.util.function.Supplier<Value> make) {
        Integer i = index.get(key);
        if (i != null) {
            return i;
        }
        Value v = make.get();
        values.add(v);
        index.put(key, values.size() - 1);
        return values.size() - 1;
    }

    Value[] toArray() {
        return values.toArray(new Value[0]);
    }
}
