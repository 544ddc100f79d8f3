package dev.ariadne.vm;

import dev.ariadne.lang.compile.ActionInfo;
import dev.ariadne.lang.compile.ProcessInfo;
import dev.ariadne.value.EvalException;
import dev.ariadne.value.Order;
import dev.ariadne.value.Repr;
import dev.ariadne.value.Trail;
import dev.ariadne.value.Value;

import java.util.List;

/**
 * {@code enabled("A")}, {@code enabled("A", x, y)}, {@code enabled("P")},
 * {@code enabled("P", self)}: whether an action (instance) or a process instance's next
 * step can be taken in the state an invariant, a constraint or a property is looking at
 * (TLA+'s {@code ENABLED}). It runs the step on a second machine that shares the state
 * and the trail of the first, stops at the first branch that reaches its end, and undoes
 * everything the step did.
 */
final class Enabledness {
    private final Machine m;
    /** Runs the steps; made on first use, it shares {@code m}'s trail so that its writes are undone with it. */
    private Machine probe;

    /** Thrown by the probe's sink at the first successor: one is enough. */
    private static final class Found extends RuntimeException {
        Found() {
            super(null, null, false, false);
        }
    }

    private static final Found FOUND = new Found();

    Enabledness(Machine m) {
        this.m = m;
    }


    /** Whether the action or process {@code name} has a step (of the given instance) that can be taken now. */
    boolean enabled(String name, Value[] args) {
        if (!m.trail().isReadOnly()) {
            throw new EvalException("enabled() asks about the state an invariant, a constraint or a property"
                    + " looks at: it cannot be used in a step");
        }
        List<ActionInfo> actions = m.program().actions();
        for (int k = 0; k < actions.size(); k++) {
            ActionInfo a = actions.get(k);
            if (a.name().equals(name)) {
                if (args.length != 0 && args.length != a.paramSlots().length) {
                    throw new EvalException("enabled('" + name + "', ...): action '" + name + "' has "
                            + a.paramSlots().length + " parameters, " + args.length + " values given");
                }
                return run(k, args.length == 0 ? null : a.paramSlots(), args);
            }
        }
        List<ProcessInfo> processes = m.program().processes();
        for (int d = 0; d < processes.size(); d++) {
            if (processes.get(d).name().equals(name)) {
                return processEnabled(d, name, args);
            }
        }
        throw new EvalException("enabled('" + name + "'): no action or process named '" + name + "'");
    }

    private boolean processEnabled(int decl, String name, Value[] args) {
        if (args.length > 1) {
            throw new EvalException("enabled('" + name + "', ...) takes at most the instance's self");
        }
        int nactions = m.program().actions().size();
        boolean any = false;
        for (int i = 0; i < m.procCount(); i++) {
            Proc p = m.proc(i);
            if (p.decl() == decl && (args.length == 0 || Order.equal(p.self(), args[0]))) {
                any = true;
                if (p.frame().pc != Frame.DONE && run(nactions + i, null, null)) {
                    return true;
                }
            }
        }
        if (!any && args.length == 1) {
            throw new EvalException("no process instance " + name + "(" + Repr.str(args[0]) + ")");
        }
        return false;
    }

    /** Runs step {@code stepId} on the probe; with {@code slots}, only branches whose parameters equal {@code args} count. */
    private boolean run(int stepId, int[] slots, Value[] args) {
        Trail trail = m.trail();
        if (probe == null) {
            probe = m.probe();
        }
        probe.loadFrom(m);
        String readOnly = trail.readOnlyWhat();
        trail.setReadOnly(null);
        try {
            probe.runStep(stepId, s -> {
                if (slots == null || matches(slots, args)) {
                    throw FOUND;
                }
            });
            return false;
        } catch (Found f) {
            return true;
        } finally {
            trail.setReadOnly(readOnly);
        }
    }

    private boolean matches(int[] slots, Value[] args) {
        Value[] locals = probe.stepFrame().locals;
        for (int k = 0; k < slots.length; k++) {
            if (!Order.equal(locals[slots[k]], args[k])) {
                return false;
            }
        }
        return true;
    }
}
