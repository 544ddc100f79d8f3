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
    /** The state being put in canonical form, as the machine has it. */
    private Value[] srcGlobals = new Value[0];
    private Proc[] srcProcs = new Proc[4];
    /** Its canonical form. */
    private Value[] globals = new Value[0];
    private Proc[] procs = new Proc[4];
    /** Leaves the search of tied values may still visit in this state. */
    private int leaves;
    /** Swaps of two values of one set known to leave this state unchanged (or not), by set and pair. */
    private final java.util.HashMap<Long, Boolean> automorphic = new java.util.HashMap<>();
    /** Beyond this many leaves ties are broken by index: sound, but two forms of one orbit may remain. */
    static final int MAX_LEAVES = 64;
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
        for (long[] c : colour) {
            Arrays.fill(c, 0);
        }
        refine();
        leaves = MAX_LEAVES;
        automorphic.clear();
        int[][] p = search();
        boolean identity = true;
        for (int g = 0; g < sets.length; g++) {
            perm[g] = isIdentity(p[g]) ? null : p[g];
            identity &= perm[g] == null;
        }
        lastIdentity = identity;
        if (identity) {
            return false;
        }
        image(perm, globals, procs);
        return true;
    }

    /**
     * The renaming to the canonical form, from the current colours. Where values still tie
     * and are not interchangeable (swapping two of them changes the state), each value of
     * the first such cell is singled out in turn and refinement goes on from there; the
     * branch whose image is least in the canonical order wins, as in a canonical labelling
     * of a graph. Ties of interchangeable values need no branch: any order gives the same
     * image. After {@link #MAX_LEAVES} leaves the remaining ties keep their index order
     * (still sound; the form may then not be unique in its orbit).
     */
    private int[][] search() {
        int[] cell = cellToSplit();
        if (cell == null || leaves <= 0) {
            leaves--;
            return permutationFromColours();
        }
        int g = cell[0];
        long[][] saved = new long[colour.length][];
        for (int k = 0; k < colour.length; k++) {
            saved[k] = colour[k].clone();
        }
        int[][] best = null;
        Value[] bestGlobals = null;
        Proc[] bestProcs = null;
        for (int k = 1; k < cell.length; k++) {
            for (int j = 0; j < colour.length; j++) {
                System.arraycopy(saved[j], 0, colour[j], 0, saved[j].length);
            }
            colour[g][cell[k]] = Signatures.mix(colour[g][cell[k]] ^ 0x6A09E667F3BCC908L);
            refine();
            int[][] p = search();
            Value[] gs = new Value[srcGlobals.length];
            Proc[] ps = new Proc[nprocs];
            image(p, gs, ps);
            if (best == null || compareStates(gs, ps, bestGlobals, bestProcs) < 0) {
                best = p;
                bestGlobals = gs;
                bestProcs = ps;
            }
        }
        return best;
    }

    /** The first cell of tied values that are not interchangeable, as {set, member, member, ...}; null if none. */
    private int[] cellToSplit() {
        for (int g = 0; g < sets.length; g++) {
            long[] c = colour[g];
            Integer[] o = sortedByColour(g);
            int i = 0;
            while (i < o.length) {
                int j = i + 1;
                while (j < o.length && c[o[j]] == c[o[i]]) {
                    j++;
                }
                if (j - i > 1 && !interchangeable(g, o, i, j)) {
                    int[] cell = new int[j - i + 1];
                    cell[0] = g;
                    for (int k = i; k < j; k++) {
                        cell[k - i + 1] = o[k];
                    }
                    return cell;
                }
                i = j;
            }
        }
        return null;
    }

    /** Whether swapping the first of {@code o[from, to)} with each other one leaves the state as it is. */
    private boolean interchangeable(int g, Integer[] o, int from, int to) {
        for (int k = from + 1; k < to; k++) {
            int x = Math.min(o[from], o[k]);
            int y = Math.max(o[from], o[k]);
            long key = ((long) g << 32) | (x << 16) | y;
            Boolean known = automorphic.get(key);
            if (known == null) {
                int[][] swap = new int[sets.length][];
                swap[g] = new int[sets[g].length];
                for (int i = 0; i < swap[g].length; i++) {
                    swap[g][i] = i;
                }
                swap[g][x] = y;
                swap[g][y] = x;
                Value[] gs = new Value[srcGlobals.length];
                Proc[] ps = new Proc[nprocs];
                image(swap, gs, ps);
                known = compareStates(gs, ps, srcGlobals, srcProcs) == 0;
                automorphic.put(key, known);
            }
            if (!known) {
                return false;
            }
        }
        return true;
    }

    private Integer[] sortedByColour(int g) {
        long[] c = colour[g];
        Integer[] o = order[g];
        for (int i = 0; i < o.length; i++) {
            o[i] = i;
        }
        Arrays.sort(o, (x, y) -> c[x] != c[y] ? Long.compare(c[x], c[y]) : Integer.compare(x, y));
        return o;
    }

    private int[][] permutationFromColours() {
        int[][] p = new int[sets.length][];
        for (int g = 0; g < sets.length; g++) {
            Integer[] o = sortedByColour(g);
            p[g] = new int[o.length];
            for (int pos = 0; pos < o.length; pos++) {
                p[g][o[pos]] = pos;
            }
        }
        return p;
    }

    private static boolean isIdentity(int[] p) {
        for (int i = 0; i < p.length; i++) {
            if (p[i] != i) {
                return false;
            }
        }
        return true;
    }

    /** The source state renamed by {@code p} ({@code p[g]} null: set g as it is), into the given arrays. */
    private void image(int[][] p, Value[] gs, Proc[] ps) {
        permuter.begin(p);
        for (int k = 0; k < srcGlobals.length; k++) {
            gs[k] = permuter.apply(srcGlobals[k]);
        }
        for (int i = 0; i < nprocs; i++) {
            Proc q = srcProcs[i];
            ps[i] = new Proc(q.decl(), permuter.apply(q.self()), frame(q.frame()));
        }
        // instances are kept in declaration order, then in the canonical order of self, which the renaming changed
        Arrays.sort(ps, 0, nprocs, (a, b) -> a.decl() != b.decl() ? Integer.compare(a.decl(), b.decl())
                : Order.compare(a.self(), b.self()));
    }

    /** The canonical order of two states: globals, then process instances (declaration, self, label, locals). */
    private int compareStates(Value[] ga, Proc[] pa, Value[] gb, Proc[] pb) {
        for (int k = 0; k < ga.length; k++) {
            int c = compareNullable(ga[k], gb[k]);
            if (c != 0) {
                return c;
            }
        }
        for (int i = 0; i < nprocs; i++) {
            Proc a = pa[i];
            Proc b = pb[i];
            int c = a.decl() != b.decl() ? Integer.compare(a.decl(), b.decl()) : compareNullable(a.self(), b.self());
            if (c == 0) {
                c = Integer.compare(a.frame().pc, b.frame().pc);
            }
            for (int s = 0; c == 0 && s < a.frame().locals.length; s++) {
                c = compareNullable(a.frame().locals[s], b.frame().locals[s]);
            }
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }

    private static int compareNullable(Value a, Value b) {
        return a == null ? (b == null ? 0 : -1) : b == null ? 1 : Order.compare(a, b);
    }

    /**
     * Loads into {@code target} the machine's state renamed by {@code p} (value i of set g
     * becomes value {@code p[g][i]}; null rows keep a set as it is): what tests use to
     * walk a state's orbit.
     */
    public void rename(Machine m, int[][] p, Machine target) {
        gather(m);
        Value[] gs = new Value[srcGlobals.length];
        Proc[] ps = new Proc[nprocs];
        image(p, gs, ps);
        target.load(gs, ps, nprocs);
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
            srcGlobals = new Value[m.globalCount()];
        }
        for (int g = 0; g < globals.length; g++) {
            srcGlobals[g] = m.global(g);
        }
        nprocs = m.procCount();
        if (procs.length < nprocs) {
            procs = new Proc[nprocs];
            srcProcs = new Proc[nprocs];
        }
        for (int i = 0; i < nprocs; i++) {
            srcProcs[i] = m.proc(i);
            Frame f = srcProcs[i].frame();
            for (int k = 0; k < f.iteratorCount(); k++) {
                if (f.iterator(k) instanceof ArrayIter a && Symmetric.containsAny(a.items, a.items.length)) {
                    throw m.modelError("process " + m.names().instanceName(srcProcs[i]) + " is paused inside a loop over "
                            + Repr.repr(a.items[Math.min(a.index, a.items.length - 1)]) + " and other symmetric values:"
                            + " the order of the loop would tell them apart (loop within one step, or keep the values"
                            + " still to visit in a set and take them with oneof)");
                }
            }
        }
    }

    /** Colour refinement from the current colours: rounds of signatures until the number of colours stops growing. */
    private void refine() {
        signatures.colour = colour;
        int classes = 0;
        for (long[] c : colour) {
            classes += distinct(c);
        }
        for (int round = 0; round < 8; round++) {
            for (int g = 0; g < sets.length; g++) {
                for (int i = 0; i < sets[g].length; i++) {
                    next[g][i] = signatures.of(g, i, srcGlobals, srcProcs, nprocs);
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
