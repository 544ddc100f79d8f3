package dev.ariadne.report;

import dev.ariadne.result.StateView;
import dev.ariadne.value.DictV;
import dev.ariadne.value.FrozenRecordV;
import dev.ariadne.value.ListV;
import dev.ariadne.value.Mutable;
import dev.ariadne.value.RecordV;
import dev.ariadne.value.Repr;
import dev.ariadne.value.SetV;
import dev.ariadne.value.TupleV;
import dev.ariadne.value.Value;

import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Comparison keys for the variables of a state that see aliasing: a mutable object met
 * again is written as {@code @path} of its first occurrence in the state (which also ends
 * cycles). Two states' variables with equal keys hold the same value, sharing included;
 * the language's {@code ==} would miss a change of sharing and loop on cycles.
 */
public final class SharingKeys {
    private final IdentityHashMap<Mutable, String> firstPath = new IdentityHashMap<>();
    private final StringBuilder out = new StringBuilder();

    private SharingKeys() {
    }

    /** A key for every global ({@code name}) and process var ({@code Process.var}), in state order. */
    public static Map<String, String> of(StateView state) {
        SharingKeys k = new SharingKeys();
        Map<String, String> keys = new LinkedHashMap<>();
        state.globals().forEach((name, v) -> keys.put(name, k.key(name, v)));
        for (StateView.ProcessView p : state.processes()) {
            p.vars().forEach((name, v) -> {
                String path = p.name() + "." + name;
                keys.put(path, k.key(path, v));
            });
        }
        return keys;
    }

    private String key(String path, Value v) {
        out.setLength(0);
        write(path, v);
        return out.toString();
    }

    private void write(String path, Value v) {
        switch (v.tag()) {
            case Value.TUPLE -> {
                TupleV t = (TupleV) v;
                out.append('(');
                for (int i = 0; i < t.size(); i++) {
                    write(path + "[" + i + "]", t.get(i));
                    out.append(',');
                }
                out.append(')');
            }
            case Value.FROZENRECORD -> {
                FrozenRecordV r = (FrozenRecordV) v;
                out.append("frozenrecord(");
                for (int i = 0; i < r.shape().size(); i++) {
                    out.append(r.shape().name(i)).append('=');
                    write(path + "." + r.shape().name(i), r.field(i));
                    out.append(',');
                }
                out.append(')');
            }
            case Value.LIST, Value.DICT, Value.SET, Value.RECORD -> writeMutable(path, (Mutable) v);
            default -> out.append(Repr.repr(v)); // immutable and without mutable parts
        }
    }

    private void writeMutable(String path, Mutable m) {
        String first = firstPath.putIfAbsent(m, path);
        if (first != null) {
            out.append('@').append(first);
            return;
        }
        switch (m.tag()) {
            case Value.LIST -> {
                ListV l = (ListV) m;
                out.append('[');
                for (int i = 0; i < l.size(); i++) {
                    write(path + "[" + i + "]", l.get(i));
                    out.append(',');
                }
                out.append(']');
            }
            case Value.SET -> out.append("set").append(Repr.repr(m));
            case Value.RECORD -> {
                RecordV r = (RecordV) m;
                out.append("record(");
                for (int i = 0; i < r.shape().size(); i++) {
                    out.append(r.shape().name(i)).append('=');
                    write(path + "." + r.shape().name(i), r.field(i));
                    out.append(',');
                }
                out.append(')');
            }
            default -> {
                DictV d = (DictV) m;
                out.append('{');
                for (int i = 0; i < d.size(); i++) {
                    String k = Repr.repr(d.keyAt(i));
                    out.append(k).append(':');
                    write(path + "[" + k + "]", d.valueAt(i));
                    out.append(',');
                }
                out.append('}');
            }
        }
    }
}
