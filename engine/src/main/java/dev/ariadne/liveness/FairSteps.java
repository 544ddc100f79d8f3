package dev.ariadne.liveness;

import dev.ariadne.lang.compile.ActionInfo;
import dev.ariadne.lang.compile.ProcessInfo;
import dev.ariadne.lang.compile.Program;
import dev.ariadne.lang.syntax.Fairness;
import dev.ariadne.value.Order;
import dev.ariadne.value.Value;
import dev.ariadne.vm.Machine;

/**
 * Names the fair instance behind a step, as a 64-bit key: a process instance of a
 * {@code fair process}, or an action with its parameter values of a {@code fair action}.
 * Keys are hashes of the instance's printed name, so worker processes agree on them without
 * talking; the lowest two bits say the fairness (1 weak, 2 strong), 0 means not fair. One per
 * worker: it keeps the keys of process instances it has seen.
 */
public final class FairSteps {
    private final Program program;
    private final int nactions;
    private final boolean any;

    public FairSteps(Program program) {
        this.program = program;
        this.nactions = program.actions().size();
        boolean found = false;
        for (ActionInfo a : program.actions()) {
            found |= a.fairness() != Fairness.NONE;
        }
        for (ProcessInfo p : program.processes()) {
            found |= p.fairness() != Fairness.NONE;
        }
        this.any = found;
    }

    /** Whether any step of the program is fair. */
    public boolean any() {
        return any;
    }

    /** During a successor of step {@code stepId}: its fair instance's key, or 0 when it is not fair. */
    public long key(Machine m, int stepId) {
        if (!any) {
            return 0;
        }
        if (stepId < nactions) {
            Fairness f = program.actions().get(stepId).fairness();
            return f == Fairness.NONE ? 0 : key("action " + m.names().stepName(stepId), f);
        }
        int i = stepId - nactions;
        var p = m.proc(i);
        Fairness f = program.processes().get(p.decl()).fairness();
        if (f == Fairness.NONE) {
            return 0;
        }
        // the instance at a position rarely changes from state to state: its key is made once
        if (i < cachedSelf.length && cachedDecl[i] == p.decl()
                && (p.self() == null ? cachedSelf[i] == null : cachedSelf[i] != null && Order.equal(cachedSelf[i], p.self()))) {
            return cachedKey[i];
        }
        long k = key("process " + m.names().instanceName(p), f);
        if (i >= cachedSelf.length) {
            int n = Math.max(i + 1, cachedSelf.length * 2);
            cachedSelf = java.util.Arrays.copyOf(cachedSelf, n);
            int old = cachedDecl.length;
            cachedDecl = java.util.Arrays.copyOf(cachedDecl, n);
            java.util.Arrays.fill(cachedDecl, old, n, -1);
            cachedKey = java.util.Arrays.copyOf(cachedKey, n);
        }
        cachedSelf[i] = p.self();
        cachedDecl[i] = p.decl();
        cachedKey[i] = k;
        return k;
    }

    private Value[] cachedSelf = new Value[0];
    private int[] cachedDecl = new int[0];
    private long[] cachedKey = new long[0];

    /** Whether a key is of strong fairness ({@code fair+}). */
    public static boolean strong(long key) {
        return (key & 3) == 2;
    }

    private static long key(String name, Fairness f) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < name.length(); i++) {
            h = (h ^ name.charAt(i)) * 0x100000001b3L;
        }
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        return (h & ~3L) | (f == Fairness.STRONG ? 2 : 1);
    }
}
