package dev.ariadne.snapshot;

import dev.ariadne.value.BoolV;
import dev.ariadne.value.DictV;
import dev.ariadne.value.FrozenSetV;
import dev.ariadne.value.IntV;
import dev.ariadne.value.ListV;
import dev.ariadne.value.Mutable;
import dev.ariadne.value.NoneV;
import dev.ariadne.value.RecordShape;
import dev.ariadne.value.RecordV;
import dev.ariadne.value.SetV;
import dev.ariadne.value.StrV;
import dev.ariadne.value.Trail;
import dev.ariadne.value.TupleV;
import dev.ariadne.value.Value;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Random states for codec tests: values of every type, with shared references and cycles. */
final class RandomHeaps {
    private final Random rnd;
    private final Trail trail = new Trail();
    private final List<Mutable> made = new ArrayList<>();

    RandomHeaps(long seed) {
        this.rnd = new Random(seed);
    }

    Value[] globals(int n) {
        made.clear();
        Value[] g = new Value[n];
        for (int i = 0; i < n; i++) {
            g[i] = value(3);
        }
        // Close some cycles: put containers inside containers made earlier.
        for (int k = 0; k < made.size() / 3; k++) {
            Mutable from = made.get(rnd.nextInt(made.size()));
            Mutable to = made.get(rnd.nextInt(made.size()));
            if (from instanceof ListV l) {
                l.append(to, trail);
            } else if (from instanceof DictV d) {
                d.put(IntV.of(1000 + k), to, trail);
            }
        }
        return g;
    }

    Value value(int depth) {
        if (!made.isEmpty() && rnd.nextInt(5) == 0) {
            return made.get(rnd.nextInt(made.size())); // a shared reference
        }
        int kind = depth <= 0 ? rnd.nextInt(4) : rnd.nextInt(10);
        switch (kind) {
            case 0:
                return IntV.of(rnd.nextInt(2000) - 1000);
            case 1:
                return StrV.of("s" + rnd.nextInt(50));
            case 2:
                return rnd.nextBoolean() ? BoolV.TRUE : NoneV.NONE;
            case 3:
                return hashable(1);
            case 4: {
                Value[] items = new Value[rnd.nextInt(4)];
                for (int i = 0; i < items.length; i++) {
                    items[i] = value(depth - 1);
                }
                return TupleV.wrap(items);
            }
            case 5:
            case 6: {
                ListV l = ListV.empty(trail.epoch());
                made.add(l);
                int n = rnd.nextInt(4);
                for (int i = 0; i < n; i++) {
                    l.append(value(depth - 1), trail);
                }
                return l;
            }
            case 7: {
                DictV d = DictV.empty(trail.epoch());
                made.add(d);
                int n = rnd.nextInt(4);
                for (int i = 0; i < n; i++) {
                    d.put(hashable(1), value(depth - 1), trail);
                }
                return d;
            }
            case 8: {
                SetV s = SetV.empty(trail.epoch());
                made.add(s);
                int n = rnd.nextInt(4);
                for (int i = 0; i < n; i++) {
                    s.add(hashable(1), trail);
                }
                return s;
            }
            default: {
                RecordV r = new RecordV(RecordShape.of("a", "b"), new Value[] {NoneV.NONE, NoneV.NONE}, trail.epoch());
                made.add(r);
                r.set(0, value(depth - 1), trail);
                r.set(1, value(depth - 1), trail);
                return r;
            }
        }
    }

    private Value hashable(int depth) {
        switch (depth <= 0 ? rnd.nextInt(2) : rnd.nextInt(4)) {
            case 0:
                return IntV.of(rnd.nextInt(20));
            case 1:
                return StrV.of("k" + rnd.nextInt(10));
            case 2:
                return TupleV.of(hashable(depth - 1), hashable(depth - 1));
            default: {
                Value[] items = {hashable(depth - 1), hashable(depth - 1), hashable(depth - 1)};
                return FrozenSetV.of(items, items.length);
            }
        }
    }
}
