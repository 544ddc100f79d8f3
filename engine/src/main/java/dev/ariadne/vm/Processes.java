package dev.ariadne.vm;

import dev.ariadne.lang.compile.Program;
import dev.ariadne.value.EvalException;
import dev.ariadne.value.Order;
import dev.ariadne.value.Repr;
import dev.ariadne.value.Trail;
import dev.ariadne.value.Undoable;
import dev.ariadne.value.Value;

import java.util.Arrays;

/**
 * The process instances of a machine's state in canonical order, as loaded or as the
 * step has added them (an addition is undone through the trail). The running instance's
 * own moves are in its working frame, not here.
 */
final class Processes {
    private final Program program;
    private final Trail trail;
    private Proc[] procs = new Proc[4];
    private int n;
    private final Undoable count = (a, b, k) -> {
        for (int i = k; i < n; i++) {
            procs[i] = null;
        }
        n = k;
    };

    Processes(Program program, Trail trail) {
        this.program = program;
        this.trail = trail;
    }

    /** Makes {@code ps[0, k)} the instances. */
    void load(Proc[] ps, int k) {
        if (procs.length < k) {
            procs = new Proc[k];
        }
        System.arraycopy(ps, 0, procs, 0, k);
        Arrays.fill(procs, k, procs.length, null);
        n = k;
    }

    void clear() {
        load(procs, 0);
    }

    int size() {
        return n;
    }

    /** Instance i as the state holds it (before the running step, for the running instance). */
    Proc get(int i) {
        return procs[i];
    }

    /** Replaces instance i outside the trail (the walk of a simulation keeps a successor: {@link Machine#keepSuccessor}). */
    void set(int i, Proc p) {
        procs[i] = p;
    }

    /** Adds an instance to the state (the trail takes it away again). */
    void add(Proc p) {
        trail.save(count, null, null, n);
        if (n == procs.length) {
            procs = Arrays.copyOf(procs, n * 2);
        }
        procs[n++] = p;
    }

    /** The position of the instance of the {@code decl}-th process whose self is {@code self} (null: the only one). */
    int find(int decl, Value self) {
        int found = -1;
        int matches = 0;
        for (int i = 0; i < n; i++) {
            Proc p = procs[i];
            if (p.decl() == decl) {
                if (self != null && Order.equal(p.self(), self)) {
                    return i;
                }
                matches++;
                found = i;
            }
        }
        String name = program.processes().get(decl).name();
        if (matches == 0) {
            throw new EvalException("no process named '" + name + "'");
        }
        if (self != null) {
            throw new EvalException("no process instance " + name + "(" + Repr.str(self) + ")");
        }
        if (matches > 1) {
            throw new EvalException("process '" + name + "' has " + matches + " instances: say which, pc('" + name
                    + "', self)");
        }
        return found;
    }
}
