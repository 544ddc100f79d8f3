package dev.ariadne.vm;

import dev.ariadne.lang.compile.Program;
import dev.ariadne.value.BoundMethodV;
import dev.ariadne.value.DictV;
import dev.ariadne.value.FrozenSetV;
import dev.ariadne.value.FunctionV;
import dev.ariadne.value.ListV;
import dev.ariadne.value.Mutable;
import dev.ariadne.value.FrozenRecordV;
import dev.ariadne.value.RecordV;
import dev.ariadne.value.SetV;
import dev.ariadne.value.TupleV;
import dev.ariadne.value.Value;
import dev.ariadne.value.Order;
import dev.ariadne.value.Permuter;
import dev.ariadne.value.SymV;
import dev.ariadne.value.Trail;

import java.util.ArrayList;
import java.util.List;

/**
 * Loads a compiled program: evaluates its constants and the defaults of its defs in
 * source order, then freezes every object they reach, which makes them shareable by
 * every worker thread and lets the codec write them as references.
 */
public final class Loader {
    private Loader() {
    }

    /**
     * The program with its constants and defs loaded, a new {@link Program} of the same
     * hash; a constant whose initialiser fails raises an {@link EvalError}.
     */
    public static Program load(Program p) {
        Value[] consts = new Value[p.constNames().size()];
        FunctionV[] defs = new FunctionV[p.defNames().size()];
        SymmetricSets symmetric = new SymmetricSets();
        // The machine reads the values computed so far from these arrays, filled in source order.
        Machine m = new Machine(p, Machine.DEFAULT_STEP_BUDGET, new Trail(), consts, defs, symmetric);
        m.load(new Value[p.globalNames().size()], new Proc[0], 0);
        List<Mutable> frozen = new ArrayList<>();
        for (int entry : p.loadOrder()) {
            if (entry >= 0) {
                Value v;
                try {
                    v = m.evaluate(p.constCode(entry), "constant '" + p.constNames().get(entry) + "'");
                } catch (EvalError e) {
                    e.setConstant(p.constNames().get(entry)); // its value may be a --const text, not the file's
                    throw e;
                }
                freeze(v, frozen);
                consts[entry] = v;
            } else {
                int d = -entry - 1;
                Value[] defaults = new Value[0];
                int dc = p.defDefaultsCode(d);
                if (dc >= 0) {
                    TupleV t = (TupleV) m.evaluate(dc, "the defaults of '" + p.defNames().get(d) + "'");
                    freeze(t, frozen);
                    defaults = t.toArray();
                }
                defs[d] = new FunctionV(p.defCode(d), p.defNames().get(d), defaults, new Value[0]);
            }
        }
        Program loaded = p.withValues(consts, defs, frozen.toArray(new Mutable[0]), symmetric.toArray());
        checkSymmetric(loaded);
        return loaded;
    }

    /**
     * Constants are not part of a state, so the checker cannot put a permutation through
     * them: each must be the same under every permutation of every symmetric set. A swap
     * of two elements and a rotation of the whole set generate all permutations, so
     * checking those two suffices.
     */
    private static void checkSymmetric(Program p) {
        int sets = p.symmetricSetCount();
        for (int g = 0; g < sets; g++) {
            int n = p.symmetricSet(g).length;
            if (n < 2) {
                continue;
            }
            int[] swap = new int[n];
            int[] rotate = new int[n];
            for (int i = 0; i < n; i++) {
                swap[i] = i;
                rotate[i] = (i + 1) % n;
            }
            swap[0] = 1;
            swap[1] = 0;
            for (int[] perm : List.of(swap, rotate)) {
                int[][] all = new int[sets][];
                all[g] = perm;
                Permuter permuter = new Permuter(allSets(p), true);
                for (int c = 0; c < p.constNames().size(); c++) {
                    Value v = p.constValue(c);
                    permuter.begin(all);
                    if (Order.compare(v, permuter.apply(v)) != 0) {
                        EvalError e = new EvalError(EvalError.Kind.RUNTIME, "constant '" + p.constNames().get(c)
                                + "' is not symmetric: it tells the symmetric values '" + p.symmetricSet(g)[0].prefix
                                + "...' apart, so they are not interchangeable", p.code(p.constCode(c)).offset, List.of(),
                                p.source());
                        e.setConstant(p.constNames().get(c));
                        throw e;
                    }
                }
            }
        }
    }

    private static SymV[][] allSets(Program p) {
        SymV[][] sets = new SymV[p.symmetricSetCount()][];
        for (int g = 0; g < sets.length; g++) {
            sets[g] = p.symmetricSet(g);
        }
        return sets;
    }

    private static void freeze(Value v, List<Mutable> frozen) {
        if (v instanceof Mutable mu) {
            if (mu.isFrozen()) {
                return;
            }
            mu.freeze(frozen.size());
            frozen.add(mu);
        }
        switch (v.tag()) {
            case Value.LIST -> {
                ListV l = (ListV) v;
                for (int i = 0; i < l.size(); i++) {
                    freeze(l.get(i), frozen);
                }
            }
            case Value.SET -> {
                SetV s = (SetV) v;
                for (int i = 0; i < s.size(); i++) {
                    freeze(s.get(i), frozen);
                }
            }
            case Value.DICT -> {
                DictV d = (DictV) v;
                for (int i = 0; i < d.size(); i++) {
                    freeze(d.keyAt(i), frozen);
                    freeze(d.valueAt(i), frozen);
                }
            }
            case Value.RECORD -> {
                RecordV r = (RecordV) v;
                for (int i = 0; i < r.shape().size(); i++) {
                    freeze(r.field(i), frozen);
                }
            }
            case Value.FROZENRECORD -> {
                FrozenRecordV r = (FrozenRecordV) v;
                for (int i = 0; i < r.shape().size(); i++) {
                    freeze(r.field(i), frozen);
                }
            }
            case Value.TUPLE -> {
                for (Value x : ((TupleV) v).items()) {
                    freeze(x, frozen);
                }
            }
            case Value.FROZENSET -> {
                for (Value x : ((FrozenSetV) v).items()) {
                    freeze(x, frozen);
                }
            }
            case Value.FUNCTION -> {
                if (v instanceof FunctionV f) {
                    for (Value x : f.defaults()) {
                        freeze(x, frozen);
                    }
                    for (Value x : f.captured()) {
                        freeze(x, frozen);
                    }
                } else if (v instanceof BoundMethodV b) {
                    freeze(b.receiver, frozen);
                }
            }
            default -> {
            }
        }
    }
}
