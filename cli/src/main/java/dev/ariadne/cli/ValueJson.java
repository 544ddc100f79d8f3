package dev.ariadne.cli;

import dev.ariadne.report.SharingKeys;
import dev.ariadne.result.StateView;
import dev.ariadne.value.BoolV;
import dev.ariadne.value.DictV;
import dev.ariadne.value.FrozenRecordV;
import dev.ariadne.value.FrozenSetV;
import dev.ariadne.value.IntV;
import dev.ariadne.value.ListV;
import dev.ariadne.value.Mutable;
import dev.ariadne.value.RecordV;
import dev.ariadne.value.Repr;
import dev.ariadne.value.SetV;
import dev.ariadne.value.StrV;
import dev.ariadne.value.TupleV;
import dev.ariadne.value.Value;

import java.util.IdentityHashMap;
import java.util.Map;

/**
 * Writes the language's values as JSON (CLI.md's mapping). Sharing is per state (or per
 * group of values written together): a mutable object reached more than once, along
 * several paths or around a cycle, is written in full at its first occurrence with an
 * {@code "$id"} and as {@code {"$ref": id}} afterwards. A record carries {@code "$id"}
 * among its fields (field names never start with {@code $}); a shared list, dict or set
 * is wrapped as {@code {"$id": id, "items": ...}}. Ids count from 1 in writing order.
 * A dict is an object only when its keys are strings none of which starts with {@code $}
 * (so it can never be mistaken for a reference); otherwise it is an array of
 * {@code [key, value]} pairs. Functions are written as their repr string.
 */
final class ValueJson {
    /** How many times each mutable object is reached; more than once means it needs an id. */
    private final IdentityHashMap<Mutable, Integer> reached = new IdentityHashMap<>();
    private final IdentityHashMap<Mutable, Integer> ids = new IdentityHashMap<>();
    private int nextId = 1;

    private ValueJson() {
    }

    /** A state: its globals, then {@code "processes"} (when the model has any), each with {@code "pc"} and its vars. */
    static void writeState(JsonWriter w, StateView state) {
        ValueJson vj = new ValueJson();
        state.globals().values().forEach(vj::count);
        state.processes().forEach(p -> p.vars().values().forEach(vj::count));
        w.beginObject();
        state.globals().forEach((name, v) -> vj.write(w.name(name), v));
        if (!state.processes().isEmpty()) {
            w.name("processes").beginObject();
            for (StateView.ProcessView p : state.processes()) {
                w.name(p.name()).beginObject();
                w.name("pc").value(p.pc());
                p.vars().forEach((name, v) -> vj.write(w.name(name), v));
                w.endObject();
            }
            w.endObject();
        }
        w.endObject();
    }

    /** Named values written together (the constants), sharing one id space, as an object. */
    static void writeValues(JsonWriter w, Map<String, Value> values) {
        ValueJson vj = new ValueJson();
        values.values().forEach(vj::count);
        w.beginObject();
        values.forEach((name, v) -> vj.write(w.name(name), v));
        w.endObject();
    }

    /** The walk must visit children in the same order as {@link #write}, so ids match first occurrences. */
    private void count(Value v) {
        switch (v.tag()) {
            case Value.TUPLE -> countAll(((TupleV) v).items(), ((TupleV) v).size());
            case Value.FROZENSET -> countAll(((FrozenSetV) v).items(), ((FrozenSetV) v).size());
            case Value.FROZENRECORD -> {
                FrozenRecordV r = (FrozenRecordV) v;
                for (int i = 0; i < r.shape().size(); i++) {
                    count(r.field(i));
                }
            }
            case Value.LIST, Value.DICT, Value.SET, Value.RECORD -> {
                Mutable m = (Mutable) v;
                if (reached.merge(m, 1, Integer::sum) > 1) {
                    return;
                }
                switch (v.tag()) {
                    case Value.LIST -> countAll(((ListV) v).items(), ((ListV) v).size());
                    case Value.SET -> countAll(((SetV) v).items(), ((SetV) v).size());
                    case Value.RECORD -> {
                        RecordV r = (RecordV) v;
                        for (int i = 0; i < r.shape().size(); i++) {
                            count(r.field(i));
                        }
                    }
                    default -> {
                        DictV d = (DictV) v;
                        for (int i = 0; i < d.size(); i++) {
                            count(d.keyAt(i));
                            count(d.valueAt(i));
                        }
                    }
                }
            }
            default -> {
            }
        }
    }

    private void countAll(Value[] items, int n) {
        for (int i = 0; i < n; i++) {
            count(items[i]);
        }
    }

    private void write(JsonWriter w, Value v) {
        switch (v.tag()) {
            case Value.NONE -> w.nullValue();
            case Value.BOOL -> w.value(((BoolV) v).isTrue());
            case Value.INT -> w.value(((IntV) v).value);
            case Value.STR -> w.value(((StrV) v).value);
            case Value.TUPLE -> writeArray(w, ((TupleV) v).items(), ((TupleV) v).size());
            case Value.FROZENSET -> writeArray(w, ((FrozenSetV) v).items(), ((FrozenSetV) v).size());
            case Value.FROZENRECORD -> {
                FrozenRecordV r = (FrozenRecordV) v;
                w.beginObject();
                for (int i = 0; i < r.shape().size(); i++) {
                    write(w.name(r.shape().name(i)), r.field(i));
                }
                w.endObject();
            }
            case Value.LIST, Value.DICT, Value.SET, Value.RECORD -> writeMutable(w, (Mutable) v);
            default -> w.value(Repr.repr(v));
        }
    }

    private void writeMutable(JsonWriter w, Mutable m) {
        boolean shared = reached.getOrDefault(m, 0) > 1;
        int id = 0;
        if (shared) {
            Integer seen = ids.get(m);
            if (seen != null) {
                w.beginObject().name("$ref").value(seen).endObject();
                return;
            }
            id = nextId++;
            ids.put(m, id);
        }
        if (m instanceof RecordV r) {
            w.beginObject();
            if (shared) {
                w.name("$id").value(id);
            }
            for (int i = 0; i < r.shape().size(); i++) {
                write(w.name(r.shape().name(i)), r.field(i));
            }
            w.endObject();
            return;
        }
        if (shared) {
            w.beginObject().name("$id").value(id).name("items");
        }
        switch (m.tag()) {
            case Value.LIST -> writeArray(w, ((ListV) m).items(), ((ListV) m).size());
            case Value.SET -> writeArray(w, ((SetV) m).items(), ((SetV) m).size());
            default -> writeDict(w, (DictV) m);
        }
        if (shared) {
            w.endObject();
        }
    }

    private void writeDict(JsonWriter w, DictV d) {
        boolean asObject = true;
        for (int i = 0; i < d.size() && asObject; i++) {
            asObject = d.keyAt(i) instanceof StrV s && !s.value.startsWith("$");
        }
        if (asObject) {
            w.beginObject();
            for (int i = 0; i < d.size(); i++) {
                write(w.name(((StrV) d.keyAt(i)).value), d.valueAt(i));
            }
            w.endObject();
            return;
        }
        w.beginArray();
        for (int i = 0; i < d.size(); i++) {
            w.beginArray();
            write(w, d.keyAt(i));
            write(w, d.valueAt(i));
            w.endArray();
        }
        w.endArray();
    }

    private void writeArray(JsonWriter w, Value[] items, int n) {
        w.beginArray();
        for (int i = 0; i < n; i++) {
            write(w, items[i]);
        }
        w.endArray();
    }
}
