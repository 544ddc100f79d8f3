package dev.ariadne.liveness;

import dev.ariadne.lang.compile.Program;
import dev.ariadne.lang.compile.PropertyInfo;
import dev.ariadne.lang.syntax.TemporalForm;
import dev.ariadne.value.Repr;
import dev.ariadne.value.Value;
import dev.ariadne.vm.EvalError;
import dev.ariadne.vm.Machine;
import dev.ariadne.vm.StateChecks;
import dev.ariadne.value.Values;

import java.util.ArrayList;
import java.util.List;

/**
 * The properties of a program, one per instance of a parameterised one, with where each
 * temporal predicate's value is kept in a state's predicate bits. {@code always P}
 * instances are checked on every state like invariants; the others need the state graph.
 */
public final class PropertyInstances {
    /**
     * One property to check.
     *
     * @param arg           the parameter's value, or null
     * @param name          {@code Name} or {@code Name(arg)}
     * @param predicateBit  the bit of {@code P} in a state's predicate bits (temporal forms), else -1
     * @param targetBit     the bit of {@code Q} of {@code leads_to}, else -1
     */
    public record Instance(PropertyInfo info, Value arg, String name, int predicateBit, int targetBit) {
        public TemporalForm form() {
            return info.form();
        }

        /** Whether it needs the state graph: every form but {@code always P}, which is checked on each state. */
        public boolean temporal() {
            return info.form() != TemporalForm.ALWAYS;
        }
    }

    private final List<Instance> all;
    private final List<Instance> always = new ArrayList<>();
    private final List<Instance> temporal = new ArrayList<>();
    private final int bits;

    private PropertyInstances(List<Instance> all) {
        this.all = List.copyOf(all);
        int b = 0;
        for (Instance i : all) {
            if (!i.temporal()) {
                always.add(i);
            } else {
                temporal.add(i);
                b = Math.max(b, Math.max(i.predicateBit(), i.targetBit()) + 1);
            }
        }
        this.bits = b;
    }

    /** No property at all (a state space without any). */
    public static PropertyInstances none() {
        return new PropertyInstances(List.of());
    }

    /** The instances of every property of the program; evaluates each parameter's (constant) domain. */
    public static PropertyInstances of(Program program, Machine machine) {
        return of(program, machine, null);
    }

    /**
     * The instances of the properties named in {@code selected} ({@code --property}), or of every
     * property when it is null. The coordinator and every worker make the same selection, so
     * they agree on the bits.
     */
    public static PropertyInstances of(Program program, Machine machine, List<String> selected) {
        List<Instance> out = new ArrayList<>();
        int bit = 0;
        for (PropertyInfo p : program.properties()) {
            if (selected != null && !selected.contains(p.name())) {
                continue;
            }
            List<Value> args = new ArrayList<>();
            if (p.parameterised()) {
                String what = "the parameter domain of property '" + p.name() + "'";
                args.addAll(List.of(StateChecks.instances(program, machine.evaluate(p.domain(), what), what)));
            } else {
                args.add(null);
            }
            for (Value arg : args) {
                String name = arg == null ? p.name() : p.name() + "(" + Repr.str(arg) + ")";
                if (p.form() == TemporalForm.ALWAYS) {
                    out.add(new Instance(p, arg, name, -1, -1));
                } else {
                    int q = p.target() >= 0 ? bit + 1 : -1;
                    out.add(new Instance(p, arg, name, bit, q));
                    bit += q >= 0 ? 2 : 1;
                }
            }
        }
        return new PropertyInstances(out);
    }

    public List<Instance> all() {
        return all;
    }

    /** The instances that need the state graph (every form but {@code always}). */
    public List<Instance> temporal() {
        return temporal;
    }

    public boolean hasTemporal() {
        return !temporal.isEmpty();
    }

    /** Longs of predicate bits per state. */
    public int words() {
        return (bits + 63) >>> 6;
    }

    /** Sets {@code out[off, off + words())} to the temporal predicates' values in the loaded state. */
    public void evaluate(Machine m, long[] out, int off) {
        for (int w = 0; w < words(); w++) {
            out[off + w] = 0;
        }
        for (Instance i : temporal) {
            if (holds(m, i, i.info().predicate())) {
                out[off + (i.predicateBit() >>> 6)] |= 1L << i.predicateBit();
            }
            if (i.targetBit() >= 0 && holds(m, i, i.info().target())) {
                out[off + (i.targetBit() >>> 6)] |= 1L << i.targetBit();
            }
        }
    }

    /** The first {@code always} instance that does not hold in the loaded state, or null. */
    public Instance violatedAlways(Machine m) {
        for (Instance i : always) {
            if (!holds(m, i, i.info().predicate())) {
                return i;
            }
        }
        return null;
    }

    private static boolean holds(Machine m, Instance i, int code) {
        try {
            return Values.truth(m.evaluate(code, "property '" + i.name() + "'", i.arg()));
        } catch (EvalError e) {
            e.setCheck(i.name());
            throw e;
        }
    }
}
