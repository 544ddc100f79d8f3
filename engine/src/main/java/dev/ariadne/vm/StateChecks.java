package dev.ariadne.vm;

import dev.ariadne.lang.compile.CheckInfo;
import dev.ariadne.lang.compile.Program;
import dev.ariadne.value.EvalException;
import dev.ariadne.value.Value;
import dev.ariadne.value.Values;

import java.util.List;

/** The invariants (all, or a selection) and the constraints, evaluated on a machine's loaded state. */
public final class StateChecks {
    private final Machine machine;
    private final Program program;
    /** The invariants {@link #violatedInvariant} checks, by index in declaration order; null for all. */
    private final int[] checkedInvariants;
    /** "invariant 'X'" and "constraint 'Y'", made once rather than for every state. */
    private final String[] invariantWhat;
    private final String[] constraintWhat;

    /** Checks on {@code machine}: the invariants {@code checked} (indices in declaration order), or all for null. */
    public StateChecks(Machine machine, int[] checked) {
        this.machine = machine;
        this.program = machine.program();
        this.checkedInvariants = checked;
        this.invariantWhat = program.invariants().stream().map(c -> "invariant '" + c.name() + "'")
                .toArray(String[]::new);
        this.constraintWhat = program.constraints().stream().map(c -> "constraint '" + c.name() + "'")
                .toArray(String[]::new);
    }

    /** The index of the first (checked) invariant that does not hold in the loaded state, or -1. */
    public int violatedInvariant() {
        List<CheckInfo> invs = program.invariants();
        int n = checkedInvariants == null ? invs.size() : checkedInvariants.length;
        for (int k = 0; k < n; k++) {
            int i = checkedInvariants == null ? k : checkedInvariants[k];
            try {
                if (!Values.truth(machine.evaluate(invs.get(i).code(), invariantWhat[i]))) {
                    return i;
                }
            } catch (EvalError e) {
                e.setCheck(invs.get(i).name());
                throw e;
            }
        }
        return -1;
    }

    /** Whether every constraint holds in the loaded state (if not, it is kept but not expanded). */
    public boolean constraintsHold() {
        List<CheckInfo> cs = program.constraints();
        for (int i = 0; i < cs.size(); i++) {
            try {
                if (!Values.truth(machine.evaluate(cs.get(i).code(), constraintWhat[i]))) {
                    return false;
                }
            } catch (EvalError e) {
                e.setCheck(cs.get(i).name());
                throw e;
            }
        }
        return true;
    }

    /** The distinct elements of a collection in canonical order: the instances of a parameterised property. */
    public static Value[] instances(Program program, Value domain, String what) {
        try {
            return Iteration.sortedUniqueElements(domain);
        } catch (EvalException e) {
            throw new EvalError(EvalError.Kind.RUNTIME, what + ": " + e.getMessage(), -1, List.of(), program.source());
        }
    }
}
