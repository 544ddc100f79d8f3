package dev.ariadne.snapshot.symmetry;

import dev.ariadne.lang.compile.Program;
import dev.ariadne.value.Order;
import dev.ariadne.value.Permuter;
import dev.ariadne.value.Repr;
import dev.ariadne.value.SymV;
import dev.ariadne.value.Symmetric;
import dev.ariadne.value.Value;
import dev.ariadne.vm.ArrayIter;
import dev.ariadne.vm.Frame;
import dev.ariadne.vm.Iter;
import dev.ariadne.vm.ListIter;
import dev.ariadne.vm.Machine;
import dev.ariadne.vm.Proc;
import dev.ariadne.value.ListV;

import java.util.Arrays;

/**
 * Puts a machine's state into its canonical form under the permutations of its
 * symmetric sets: the representative of its orbit that the codec encodes and
 * fingerprints. No enumeration of permutations: each symmetric value gets a signature
 * (a hash of the state seen from it, {@link Signatures}), refined a few rounds as colour
 * refinement does (a value's signature takes in the colours of the values around it),
 * and the values of each set are renumbered in the order of their signatures. Values
 * whose signatures still tie keep their relative order; when they are not truly
 * interchangeable, two states of one orbit may then keep two forms — more states than
 * the quotient, never fewer, since a form is always a permutation of its state.
 * One per codec (a thread).
 */
public final class Canonicalizer {
    private final Program program;
    private final SymV[][] sets;
    private final Signatures signatures = new Signatures();
    private final Permuter permuter;
    private long[][] colour;
    private long[][] next;
    private final int[][] perm;
    private final Integer[][] order;
    private Value[] globals = new Value[0];
    private Proc[] procs = new Proc[4];
    private int nprocs;
    private boolean lastIdentity = true;

    public Canonicalizer(Program program) {
        this.program = program;
        this.sets = new SymV[program.symmetricSetCount()][];
        for (int g = 0; g < sets.length; g++) {
            sets[g] = program.symmetricSet(g);
        }
        this.permuter = new Permuter(sets);
        this.colour = new long[sets.length][];
        this.next = new long[sets.length][];
        this.perm = new int[sets.length][];
        this.order = new Integer[sets.length][];
        for (int g = 0; g < sets.length; g++) {
            colour[g] = new long[sets[g].length];
            next[g] = new long[sets[g].length];
            order[g] = new Integer[sets[g].length];
        }
    }

    /** Whether states of this program have symmetric values to reduce by: a set of at least two. */
    public static boolean applies(Program p) {
        for (int g = 0; g < p.symmetricSetCount(); g++) {
            if (p.symmetricSet(g).length > 1) {
                return true;
            }
        }
        return false;
    }

    /**
     * Computes the canonical form of the machine's state. Returns false when the state is
     * its own canonical form (encode it as it is); otherwise {@link #globals()} and
     * {@link #procs()} hold the form until the next call.
     */
    public boolean canonicalize(Machine m) {
        gather(m);
        refine();
        boolean identity = true;
        for (int g = 0; g < sets.length; g++) {
            long[] c = colour[g];
            Integer[] o = order[g];
            for (int i = 0; i < o.length; i++) {
                o[i] = i;
            }
            Arrays.sort(o, (x, y) -> c[x] != c[y] ? Long.compare(c[x], c[y]) : Integer.compare(x, y));
            int[] p = new int[o.length];
            boolean same = true;
            for (int pos = 0; pos < o.length; pos++) {
                p[o[pos]] = pos;
                same &= o[pos] == pos;
            }
            perm[g] = same ? null : p;
            identity &= same;
        }
        lastIdentity = identity;
        if (identity) {
            return false;
        }
        permuter.begin(perm);
        for (int k = 0; k < globals.length; k++) {
            globals[k] = permuter.apply(globals[k]);
        }
        for (int i = 0; i < nprocs; i++) {
            Proc p = procs[i];
            procs[i] = new Proc(p.decl(), permuter.apply(p.self()), frame(p.frame()));
        }
        // instances are kept in declaration order, then in the canonical order of self, which the renaming changed
        Arrays.sort(procs, 0, nprocs, (a, b) -> a.decl() != b.decl() ? Integer.compare(a.decl(), b.decl())
                : Order.compare(a.self(), b.self()));
        return true;
    }

    /**
     * The renaming of the last {@link #canonicalize}: {@code p[g][i]} is the index in the
     * canonical form of value i of set g (null for a set left as it was); null when the
     * state was its own form.
     */
    public int[][] lastPermutation() {
        return lastIdentity ? null : perm.clone();
    }

    /** The canonical form's globals (after {@link #canonicalize} returned true). */
    public Value[] globals() {
        return globals;
    }

    public Proc[] procs() {
        return procs;
    }

    public int procCount() {
        return nprocs;
    }

    private void gather(Machine m) {
        if (globals.length != m.globalCount()) {
            globals = new Value[m.globalCount()];
        }
        for (int g = 0; g < globals.length; g++) {
            globals[g] = m.global(g);
        }
        nprocs = m.procCount();
        if (procs.length < nprocs) {
            procs = new Proc[nprocs];
        }
        for (int i = 0; i < nprocs; i++) {
            procs[i] = m.proc(i);
            Frame f = procs[i].frame();
            for (int k = 0; k < f.iteratorCount(); k++) {
                if (f.iterator(k) instanceof ArrayIter a && Symmetric.containsAny(a.items, a.items.length)) {
                    throw m.modelError("process " + m.instanceName(procs[i]) + " is paused inside a loop over "
                            + Repr.repr(a.items[Math.min(a.index, a.items.length - 1)]) + " and other symmetric values:"
                            + " the order of the loop would tell them apart (loop within one step, or keep the values"
                            + " still to visit in a set and take them with oneof)");
                }
            }
        }
    }

    /** Colour refinement: rounds of signatures until the number of colours stops growing. */
    private void refine() {
        for (long[] c : colour) {
            Arrays.fill(c, 0);
        }
        signatures.colour = colour;
        int classes = sets.length;
        for (int round = 0; round < 8; round++) {
            for (int g = 0; g < sets.length; g++) {
                for (int i = 0; i < sets[g].length; i++) {
                    next[g][i] = signatures.of(g, i, globals, procs, nprocs);
                }
            }
            long[][] t = colour;
            colour = next;
            next = t;
            signatures.colour = colour;
            int now = 0;
            boolean discrete = true;
            for (long[] c : colour) {
                int d = distinct(c);
                now += d;
                discrete &= d == c.length;
            }
            if (discrete || now == classes) {
                return;
            }
            classes = now;
        }
    }

    private static int distinct(long[] c) {
        long[] s = c.clone();
        Arrays.sort(s);
        int d = s.length == 0 ? 0 : 1;
        for (int i = 1; i < s.length; i++) {
            if (s[i] != s[i - 1]) {
                d++;
            }
        }
        return d;
    }

    private Frame frame(Frame f) {
        Value[] locals = new Value[f.locals.length];
        for (int s = 0; s < locals.length; s++) {
            locals[s] = permuter.apply(f.locals[s]);
        }
        Frame out = Frame.paused(program.code(f.code), f.pc, locals);
        for (int k = 0; k < f.iteratorCount(); k++) {
            Iter it = f.iterator(k);
            if (it instanceof ListIter l) {
                out.pushIterator(new ListIter((ListV) permuter.apply(l.list), l.index));
            } else {
                out.pushIterator(it.copy()); // ranges, and arrays without symmetric values (refused above)
            }
        }
        return out;
    }
}
