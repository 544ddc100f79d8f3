package dev.ariadne.vm;

import dev.ariadne.lang.compile.CheckInfo;
import dev.ariadne.lang.compile.Conjunct;
import dev.ariadne.lang.compile.Program;
import dev.ariadne.value.EvalException;
import dev.ariadne.value.Value;
import dev.ariadne.value.ValueHash;
import dev.ariadne.value.Values;

import java.util.List;

/**
 * The invariants (all, or a selection) and the constraints, evaluated on a machine's loaded
 * state. Given {@link ValueKeys} ({@link #cacheBy}), it keeps, for each conjunct of an
 * invariant whose result depends on the globals it reads alone, the combinations of their
 * values under which it held, and does not evaluate it again under one of those.
 */
public final class StateChecks {
    private final Machine machine;
    private final Program program;
    /** The invariants {@link #violatedInvariant} checks, by index in declaration order; null for all. */
    private final int[] checkedInvariants;
    /** "invariant 'X'" and "constraint 'Y'", made once rather than for every state. */
    private final String[] invariantWhat;
    private final String[] constraintWhat;
    /** How a global's value is keyed; null when nothing is cached. */
    private ValueKeys keys;
    /** By invariant, by conjunct: the cache, or null (not cacheable); a null row checks the invariant whole. */
    private ConjunctCache[][] caches;
    /** The key of each global in the state of call {@link #stamp}, when {@link #keyStamp} says so. */
    private long[] globalKeys;
    private long[] keyStamp;
    private long stamp;
    /** The key of the processes' labels in the state of call {@link #labelsStamp}. */
    private long labelsKey;
    private long labelsStamp;
    /** Keys of the globals found while decoding the loaded state (0: none), see {@link #decodedKeys}. */
    private long[] decoded;
    private boolean decodedValid;
    /** The caches not yet turned off: with none left, no key is worth computing. */
    private int liveCaches;

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

    /**
     * Keeps the results of the invariants' cacheable conjuncts ({@link Conjunct#cacheable}),
     * keyed by {@code keys} of the globals each reads. Only "holds" is kept: a conjunct that
     * fails or raises is evaluated again every time, so violations and errors are as without.
     */
    public void cacheBy(ValueKeys keys) {
        List<CheckInfo> invs = program.invariants();
        ConjunctCache[][] rows = new ConjunctCache[invs.size()][];
        boolean any = false;
        for (int i = 0; i < rows.length; i++) {
            List<Conjunct> cs = invs.get(i).conjuncts();
            ConjunctCache[] row = new ConjunctCache[cs.size()];
            boolean some = false;
            for (int j = 0; j < row.length; j++) {
                if (cs.get(j).cacheable()) {
                    row[j] = new ConjunctCache();
                    some = true;
                    liveCaches++;
                }
            }
            rows[i] = some ? row : null;
            any |= some;
        }
        if (any) {
            this.keys = keys;
            this.caches = rows;
            this.globalKeys = new long[program.globalNames().size()];
            this.keyStamp = new long[globalKeys.length];
            this.decoded = new long[globalKeys.length];
        }
    }

    /**
     * Where the loader of the next state may put the keys of its globals (as {@link ValueKeys}
     * would give them, 0 for none) before calling {@link #keysDecoded}; null when nothing is
     * cached (any more: every cache turned itself off).
     */
    public long[] decodedKeys() {
        return liveCaches > 0 ? decoded : null;
    }

    /** Says that {@link #decodedKeys} holds the keys of the state just loaded, for the next {@link #violatedInvariant}. */
    public void keysDecoded() {
        decodedValid = liveCaches > 0;
    }

    /** Says that the machine's state may no longer be the one whose keys were decoded (a step ran, or another state was made). */
    public void forgetDecodedKeys() {
        decodedValid = false;
    }

    /** The index of the first (checked) invariant that does not hold in the loaded state, or -1. */
    public int violatedInvariant() {
        stamp++;
        boolean fromDecoding = decodedValid;
        decodedValid = false;
        if (fromDecoding) {
            // the codec could key some globals: the others are keyed when a conjunct reads them
            for (int g = 0; g < decoded.length; g++) {
                if (decoded[g] != 0) {
                    globalKeys[g] = decoded[g];
                    keyStamp[g] = stamp;
                }
            }
        }
        List<CheckInfo> invs = program.invariants();
        int n = checkedInvariants == null ? invs.size() : checkedInvariants.length;
        for (int k = 0; k < n; k++) {
            int i = checkedInvariants == null ? k : checkedInvariants[k];
            try {
                if (!holds(invs.get(i), i)) {
                    return i;
                }
            } catch (EvalError e) {
                e.setCheck(invs.get(i).name());
                throw e;
            }
        }
        return -1;
    }

    /** Whether invariant {@code i} holds: its conjuncts in order, on one step budget, skipping those known to hold. */
    private boolean holds(CheckInfo inv, int i) {
        ConjunctCache[] row = caches == null ? null : caches[i];
        if (row == null) {
            return Values.truth(machine.evaluate(inv.code(), invariantWhat[i]));
        }
        List<Conjunct> cs = inv.conjuncts();
        machine.resetBudget();
        for (int j = 0; j < row.length; j++) {
            ConjunctCache cache = row[j];
            long key = cache != null && cache.on() ? key(cs.get(j)) : 0;
            if (key != 0) {
                long ran = cache.find(key);
                if (!cache.on()) {
                    liveCaches--; // it turned itself off on this look-up: keys are not asked of it again
                }
                // if the budget would run out inside it, run it: the error is then the one it gives
                if (ran >= 0 && ran < machine.budgetLeft()) {
                    machine.chargeBudget(ran);
                    continue;
                }
            }
            long before = machine.budgetLeft();
            if (!Values.truth(machine.evaluateOnBudget(cs.get(j).code(), invariantWhat[i]))) {
                return false;
            }
            if (key != 0) {
                cache.put(key, before - machine.budgetLeft());
            }
        }
        return true;
    }

    /** The key of what {@code c} reads in the loaded state, or 0 when some of it has none. */
    private long key(Conjunct c) {
        long h = 0x9E3779B97F4A7C15L;
        if (c.labels()) {
            if (labelsStamp != stamp) {
                labelsKey = labelsKey();
                labelsStamp = stamp;
            }
            if (labelsKey == 0) {
                return 0;
            }
            h = ValueHash.mix(h + labelsKey);
        }
        for (int g : c.reads()) {
            if (keyStamp[g] != stamp) {
                globalKeys[g] = keys.key(machine.global(g));
                keyStamp[g] = stamp;
            }
            long k = globalKeys[g];
            if (k == 0) {
                return 0;
            }
            h = ValueHash.mix(h + k);
        }
        return h == 0 ? 1 : h;
    }

    /**
     * The key of where the processes are: each instance's declaration, the key of its
     * {@code self} and its label (what {@code pc(...)} and {@code done()} read), in order;
     * 0 when a {@code self} has no key.
     */
    private long labelsKey() {
        long h = ValueHash.mix(machine.procCount() + 0x632BE59BD9B4E019L);
        for (int i = 0; i < machine.procCount(); i++) {
            Proc p = machine.proc(i);
            long self = p.self() == null ? 1 : keys.key(p.self());
            if (self == 0) {
                return 0;
            }
            Frame f = p.frame();
            long label = f.pc == Frame.DONE ? -1 : f.instr[f.pc + 1];
            h = ValueHash.mix(ValueHash.mix(ValueHash.mix(h + p.decl()) + self) + label);
        }
        return h == 0 ? 1 : h;
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
