package dev.ariadne.report;

import dev.ariadne.result.StateView;
import dev.ariadne.value.Repr;
import dev.ariadne.value.Value;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A state of a trace as lines for people: the first state in full, every later one as what
 * changed from the state before it ({@code big: 0 -> 5}, {@code Phil(0): Think -> Eat},
 * {@code Reader(0).snap: None -> [0, 0]}). Values are printed Python-style.
 */
public final class StateDiff {
    private StateDiff() {
    }

    /** Every global ({@code name = value}), then every process ({@code Name at Label}) with its vars. */
    public static List<String> full(StateView s) {
        Map<String, String> keys = SharingKeys.of(s);
        List<String> lines = new ArrayList<>();
        s.globals().forEach((name, v) -> lines.add(name + " = " + Repr.repr(v) + alias(keys.get(name))));
        for (StateView.ProcessView p : s.processes()) {
            lines.add(p.name() + " at " + p.pc());
            p.vars().forEach((name, v) -> lines.add("  " + name + " = " + Repr.repr(v)
                    + alias(keys.get(p.name() + "." + name))));
        }
        return lines;
    }

    /** What differs in {@code cur} from {@code prev}; {@code (no change)} when nothing does. */
    public static List<String> changes(StateView prev, StateView cur) {
        Map<String, String> before = SharingKeys.of(prev);
        Map<String, String> after = SharingKeys.of(cur);
        List<String> lines = new ArrayList<>();
        cur.globals().forEach((name, v) -> {
            Value old = prev.globals().get(name);
            if (old == null) {
                lines.add(name + " = " + Repr.repr(v));
            } else if (!before.get(name).equals(after.get(name))) {
                lines.add(change(name, old, v, after.get(name)));
            }
        });
        Map<String, StateView.ProcessView> prevProcs = new HashMap<>();
        prev.processes().forEach(p -> prevProcs.put(p.name(), p));
        for (StateView.ProcessView p : cur.processes()) {
            StateView.ProcessView old = prevProcs.remove(p.name());
            if (old == null) {
                lines.add("new process " + p.name() + " at " + p.pc());
                continue;
            }
            if (!old.pc().equals(p.pc())) {
                lines.add(p.name() + ": " + old.pc() + " -> " + p.pc());
            }
            p.vars().forEach((name, v) -> {
                String path = p.name() + "." + name;
                Value was = old.vars().get(name);
                if (was == null || !before.get(path).equals(after.get(path))) {
                    lines.add(was == null ? path + " = " + Repr.repr(v) : change(path, was, v, after.get(path)));
                }
            });
        }
        prevProcs.keySet().forEach(name -> lines.add("process " + name + " is gone"));
        if (lines.isEmpty()) {
            lines.add("(no change)");
        }
        return lines;
    }

    private static String change(String name, Value old, Value now, String key) {
        String a = Repr.repr(old);
        String b = Repr.repr(now);
        String note = alias(key);
        if (note.isEmpty() && a.equals(b)) {
            note = "  (sharing changed)"; // same text, different keys: only what is shared with what changed
        }
        return name + ": " + a + " -> " + b + note;
    }

    /** A variable whose value was met earlier in the state is that object: say which. */
    private static String alias(String key) {
        return key != null && key.startsWith("@") ? "  (the same object as " + key.substring(1) + ")" : "";
    }
}
