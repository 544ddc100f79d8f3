package dev.ariadne.simulate;

import dev.ariadne.space.SpaceOptions;
import dev.ariadne.space.lang.LanguageCoverage;
import dev.ariadne.space.lang.LanguageCursor;
import dev.ariadne.lang.compile.CheckInfo;
import dev.ariadne.lang.compile.Program;
import dev.ariadne.liveness.PropertyInstances;
import dev.ariadne.result.Violation;
import dev.ariadne.result.ViolationKind;
import dev.ariadne.snapshot.Fingerprint;
import dev.ariadne.snapshot.StateCodec;
import dev.ariadne.value.ValueHash;
import dev.ariadne.vm.EvalError;
import dev.ariadne.vm.Machine;
import dev.ariadne.vm.StateChecks;
import dev.ariadne.vm.StepSink;
import dev.ariadne.collect.HyperLogLog;
import dev.ariadne.expand.CoverageCounter;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * One worker's walker: runs behaviours one at a time, each from its own random stream.
 * From a state it tries the steps (an action with all its parameter values, or a process
 * instance) in a random order until one has a successor, and takes one of that step's
 * successors, drawn uniformly by reservoir sampling. The machine goes on from the drawn
 * successor itself ({@link Machine#keepSuccessor}): a state is encoded once, for its
 * fingerprint and the trace, and never decoded.
 * Steps back to the same state are not candidates: a state whose only steps stutter ends
 * the behaviour. A state where no step has any successor is a deadlock unless every
 * process is Done. Errors are found in the steps tried.
 */
final class Walker {
    private final Program program;
    private final SimulateOptions options;
    private final List<byte[]> inits;
    private final Machine machine;
    /** The invariants and constraints checked on the machine's loaded state. */
    private final StateChecks checks;
    private final StateCodec codec;
    private final PropertyInstances properties;
    final HyperLogLog distinct = new HyperLogLog();
    final CoverageCounter coverage;
    /** The coverage keys of the model's steps, and a scratch array for the hashes of a state's globals; null when off. */
    private final LanguageCoverage coverageKeys;
    private final long[] hashes;
    long states;
    int longest;

    // the behaviour being walked
    private SplittableRandom random;
    private int candidates;
    /** The index, among the non-stuttering successors of the step tried, of the one drawn; -1 for none yet. */
    private int chosen;
    /** Whether the machine already holds the drawn successor. */
    private boolean kept;
    /** Whether the chosen step runs again to reach its drawn successor. */
    private boolean replaying;
    /** The coverage key of the step running, and of the chosen one. */
    private int stepKey;
    private int chosenKey;
    private int generated;
    private final PathBuffer path = new PathBuffer();
    private int[] order = new int[0];
    private final StepSink sink = this::successor;
    /**
     * Fingerprints of states whose invariants held, direct-mapped: behaviours revisit
     * states often (two-phase commit: six visits in seven), and an invariant is a function
     * of the state, so a state met again is not checked again (a check's visited set
     * gives it the same saving). Fingerprints are never 0, the empty slot. 2 MB a worker:
     * two-phase commit with 7 RMs meets about 100,000 distinct states in 200,000
     * behaviours, and a table smaller than that misses most of its revisits.
     */
    private final long[] checked = new long[1 << 18];

    Walker(Program program, SimulateOptions options, List<byte[]> inits) {
        this.program = program;
        this.options = options;
        this.inits = inits;
        this.machine = new Machine(program, options.stepBudget());
        this.checks = new StateChecks(machine, SpaceOptions.selection(options.invariants(),
                program.invariants().stream().map(CheckInfo::name).toList()));
        this.codec = new StateCodec(program, false);
        checks.cacheBy(codec::valueKey);
        this.properties = PropertyInstances.of(program, machine, List.of());
        this.coverageKeys = options.coverage() ? new LanguageCoverage(program) : null;
        this.coverage = options.coverage() ? new CoverageCounter(coverageKeys.layout()) : null;
        this.hashes = options.coverage() ? new long[program.globalNames().size()] : null;
    }

    /** The random stream of behaviour {@code index}: a function of the seed and the index alone. */
    static SplittableRandom stream(long seed, long index) {
        return new SplittableRandom(ValueHash.mix(seed) ^ ValueHash.mix(index * 0x9E3779B97F4A7C15L + 1));
    }

    /** Walks behaviour {@code index}; returns its violation, or null. */
    Found walk(long index) {
        random = stream(options.seed(), index);
        path.clear();
        codec.decodeInto(inits.get(random.nextInt(inits.size())), machine);
        int step = Machine.INIT_STEP;
        for (int d = 0; ; d++) {
            // the machine holds state d: encoded once, for its fingerprint and the trace
            codec.encodeAsIs(machine);
            long fp = codec.fingerprint();
            states++;
            distinct.add(fp);
            if (coverage != null) {
                LanguageCoverage.hashes(machine, hashes, 0);
                coverage.values(hashes);
            }
            path.add(codec.buffer(), codec.length(), step);
            longest = Math.max(longest, d + 1);
            int slot = (int) (fp ^ (fp >>> 29)) & (checked.length - 1);
            if (checked[slot] != fp) {
                Violation v = checkState(fp);
                if (v != null) {
                    return found(index, v, d + 1);
                }
                checked[slot] = fp;
            }
            if (d + 1 >= options.depth()) {
                return null;
            }
            try {
                if (!checks.constraintsHold()) {
                    return null;
                }
            } catch (EvalError e) {
                return found(index, LanguageCursor.error(program, e, fp, Violation.NO_STEP, null), d + 1);
            }
            generated = 0;
            chosen = -1;
            kept = false;
            int n = machine.stepCount();
            if (order.length < n) {
                order = new int[n];
            }
            for (int i = 0; i < n; i++) {
                order[i] = i;
            }
            // Steps in a random order, until one has a successor other than the state itself (as TLC does):
            // a state then costs one or a few steps, not all of them.
            for (int i = 0; i < n && chosen < 0; i++) {
                int j = i + random.nextInt(n - i);
                int s = order[j];
                order[j] = order[i];
                order[i] = s;
                int before = generated;
                candidates = 0;
                stepKey = coverage == null ? -1 : coverageKeys.key(machine, s);
                try {
                    machine.runStep(s, sink);
                } catch (EvalError e) {
                    return found(index, LanguageCursor.error(program, e, fp, s, e.step()), d + 1);
                }
                if (coverage != null) {
                    coverage.step(stepKey, generated - before);
                }
                if (chosen >= 0) {
                    step = s;
                }
            }
            if (generated == 0) {
                if (options.checkDeadlock() && (machine.procCount() == 0 || !machine.allDone())) {
                    return found(index, new Violation(ViolationKind.DEADLOCK, null, "deadlock: no step is enabled and"
                            + " not every process is Done", -1, fp, Violation.NO_STEP, null, List.of()), d + 1);
                }
                return null;
            }
            if (chosen < 0) {
                return null; // only steps back to this state: the behaviour stutters from here on
            }
            if (!kept) {
                // the chosen successor was not the step's last: run the step again up to it and keep it there
                replaying = true;
                candidates = 0;
                try {
                    machine.runStep(step, sink);
                } finally {
                    replaying = false;
                }
                if (!kept) {
                    throw new IllegalStateException("step " + machine.names().stepName(step) + " did not yield its successor "
                            + chosen + " again");
                }
            }
            if (coverage != null) {
                coverage.taken(chosenKey, 1);
            }
        }
    }

    /**
     * One successor of the step being tried: the non-stuttering ones are drawn from
     * uniformly (reservoir sampling). A drawn successor that is the step's last is kept in
     * the machine at once; else the step is run again up to it once it is known to stay drawn.
     */
    private void successor(int stepId) {
        if (replaying) {
            if (!machine.stateUnchanged() && candidates++ == chosen) {
                kept = true;
                machine.keepSuccessor();
            }
            return;
        }
        generated++;
        if (machine.stateUnchanged()) {
            return;
        }
        candidates++;
        if (random.nextInt(candidates) == 0) {
            chosen = candidates - 1;
            chosenKey = stepKey;
            if (machine.lastBranch()) {
                kept = true;
                machine.keepSuccessor();
            }
        }
    }

    private Violation checkState(long fp) {
        try {
            int k = checks.violatedInvariant();
            if (k >= 0) {
                CheckInfo inv = program.invariants().get(k);
                return new Violation(ViolationKind.INVARIANT, inv.name(), "invariant '" + inv.name() + "' is violated",
                        inv.offset(), fp, Violation.NO_STEP, null, List.of());
            }
            PropertyInstances.Instance p = properties.violatedAlways(machine);
            if (p != null) {
                return new Violation(ViolationKind.INVARIANT, p.name(), "property '" + p.name() + "' (always) is violated",
                        p.info().offset(), fp, Violation.NO_STEP, null, List.of());
            }
            return null;
        } catch (EvalError e) {
            return LanguageCursor.error(program, e, fp, Violation.NO_STEP, null);
        }
    }

    /** The violation with the behaviour's path, loops cut out (a shorter path to the same state is as good a trace). */
    private Found found(long index, Violation v, int length) {
        List<byte[]> states = new ArrayList<>();
        List<Integer> steps = new ArrayList<>();
        java.util.Map<Long, Integer> at = new java.util.HashMap<>();
        for (int i = 0; i < length; i++) {
            byte[] s = path.state(i);
            long fp = Fingerprint.of(s, 0, s.length);
            Integer seen = at.get(fp);
            if (seen != null) {
                while (states.size() > seen + 1) {
                    at.remove(Fingerprint.of(states.get(states.size() - 1), 0, states.get(states.size() - 1).length));
                    states.remove(states.size() - 1);
                    steps.remove(steps.size() - 1);
                }
                continue;
            }
            at.put(fp, states.size());
            states.add(s);
            steps.add(path.step(i));
        }
        return new Found(index, v, states, steps.stream().mapToInt(Integer::intValue).toArray());
    }

    /** A violating behaviour. */
    record Found(long index, Violation violation, List<byte[]> path, int[] steps) {
    }
}
