package dev.ariadne.explore;

import dev.ariadne.result.StateView;
import dev.ariadne.result.TraceStep;
import dev.ariadne.result.Violation;
import dev.ariadne.storage.DamagedStoreException;
import dev.ariadne.storage.StateRecord;
import dev.ariadne.storage.StateReader;
import dev.ariadne.lang.compile.ProcessInfo;
import dev.ariadne.lang.compile.Program;
import dev.ariadne.lang.syntax.Location;
import dev.ariadne.snapshot.Fingerprint;
import dev.ariadne.snapshot.StateCodec;
import dev.ariadne.value.Value;
import dev.ariadne.vm.Machine;
import dev.ariadne.vm.Proc;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Rebuilds traces from a store: follows parent pointers back to an initial state, then
 * re-runs each recorded step from its parent's snapshot and keeps the branch that gives
 * the child's fingerprint, which recovers the step's name and parameters.
 *
 * <p>Under symmetry the store holds canonical forms, and consecutive forms need not be
 * one step apart as they are (only up to a renaming of symmetric values). The trace is
 * then made concrete: from the concrete state reached so far (at first the stored initial
 * form, itself an initial state), every step is re-run and the branch whose canonical
 * fingerprint is the child's is taken, as it is. Each state shown is that concrete one, so
 * the trace replays on the model without reduction; the fingerprints shown stay the
 * stored ones (what {@code trace --state} takes).
 */
public final class TraceBuilder {
    private final Program program;
    private final StateReader store;
    private final Machine machine;
    private final StateCodec codec;

    /** The concrete state the trace being built has reached, under symmetry. */
    private byte[] concrete;

    public TraceBuilder(Program program, StateReader store) {
        this(program, store, true);
    }

    /** A builder for a run made with or without symmetry reduction ({@code --no-symmetry}). */
    public TraceBuilder(Program program, StateReader store, boolean symmetry) {
        this.program = program;
        this.store = store;
        this.machine = new Machine(program);
        this.codec = new StateCodec(program, symmetry);
    }

    /** The shortest trace to a stored state, from its initial state. */
    public List<TraceStep> trace(long fp) {
        List<Long> chain = new ArrayList<>();
        for (long at = fp; at != StateRecord.NO_PARENT; ) {
            StateRecord r = store.record(at);
            if (r == null && at == fp) {
                throw new IllegalArgumentException("no state of this run has the fingerprint " + Fingerprint.hex(fp));
            }
            if (r == null || chain.size() > 100_000_000) {
                throw new DamagedStoreException(store, DamagedStoreException.Part.SNAPSHOTS,
                        "the parent " + Fingerprint.hex(at) + " of a state on the trace is no stored state");
            }
            chain.add(at);
            at = r.parentFp();
        }
        Collections.reverse(chain);
        List<TraceStep> steps = new ArrayList<>();
        if (codec.reduces()) {
            return concreteTrace(chain);
        }
        steps.add(new TraceStep("Init", null, chain.get(0), view(chain.get(0))));
        for (int i = 1; i < chain.size(); i++) {
            long parent = chain.get(i - 1);
            long child = chain.get(i);
            steps.add(step(parent, store.record(child).stepId(), child));
        }
        return steps;
    }

    /** The trace of a violation: to its state, then (for a failing step) that step, with no state after it. */
    public List<TraceStep> trace(Violation v) {
        if (v.lasso() != null) {
            return trace(v.lasso());
        }
        List<TraceStep> steps = v.stateFp() == StateRecord.NO_PARENT ? new ArrayList<>() : trace(v.stateFp());
        if (v.stepId() != Violation.NO_STEP) {
            Location at = v.offset() >= 0 ? program.source().location(v.offset()) : null;
            String name = v.stepName() == null ? "step" : v.stepName();
            if (codec.reduces() && concrete != null) {
                name = renamed(name); // named in the stored form: say it in the concrete state's values
            }
            steps.add(new TraceStep(name, at, 0, null));
        }
        return steps;
    }

    /** A trace under symmetry: each step re-run from the concrete state reached, every step tried. */
    private List<TraceStep> concreteTrace(List<Long> chain) {
        List<TraceStep> steps = new ArrayList<>();
        concrete = Snapshots.read(store, chain.get(0));
        steps.add(new TraceStep("Init", null, chain.get(0), viewOf(concrete)));
        for (int i = 1; i < chain.size(); i++) {
            long child = chain.get(i);
            int recorded = store.record(child).stepId();
            codec.decodeInto(concrete, machine);
            String[] found = new String[1];
            int[] offset = {-1};
            byte[][] next = new byte[1][];
            for (int k = -1; k < machine.stepCount() && found[0] == null; k++) {
                int stepId = k < 0 ? recorded : k; // the recorded step first: an action's is the same
                if (stepId < 0 || stepId >= machine.stepCount() || (k >= 0 && k == recorded)) {
                    continue;
                }
                try {
                    machine.runStep(stepId, id -> {
                        codec.encode(machine);
                        if (codec.fingerprint() == child) {
                            found[0] = machine.stepName(id);
                            offset[0] = machine.stepOffset(id);
                            codec.encodeAsIs(machine);
                            next[0] = codec.bytes();
                            throw new Found();
                        }
                    });
                } catch (Found f) {
                    // the branch that leads to the child
                } catch (dev.ariadne.vm.EvalError e) {
                    // a step that fails here is not the one that led to the child
                }
            }
            if (found[0] == null) {
                throw new DamagedStoreException(store, DamagedStoreException.Part.SNAPSHOTS, "no step from the concrete"
                        + " state before " + Fingerprint.hex(child) + " reaches it (is the model symmetric?)");
            }
            concrete = next[0];
            Location at = offset[0] >= 0 ? program.source().location(offset[0]) : null;
            steps.add(new TraceStep(found[0], at, child, viewOf(concrete)));
        }
        return steps;
    }

    /** A name given in the stored form of the last state, with its symmetric values as the concrete state has them. */
    private String renamed(String name) {
        codec.decodeInto(concrete, machine);
        codec.encode(machine);
        int[][] perm = codec.lastPermutation(); // concrete -> stored form
        if (perm == null) {
            return name;
        }
        StringBuilder out = new StringBuilder();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\b([A-Za-z_][A-Za-z_0-9]*?)([0-9]+)\\b").matcher(name);
        int last = 0;
        while (m.find()) {
            out.append(name, last, m.start());
            out.append(rename(m.group(1), m.group(2), perm));
            last = m.end();
        }
        return out.append(name.substring(last)).toString();
    }

    private String rename(String prefix, String digits, int[][] perm) {
        for (int g = 0; g < perm.length; g++) {
            dev.ariadne.value.SymV[] set = program.symmetricSet(g);
            if (perm[g] == null || !set[0].prefix.equals(prefix) || digits.length() > 3) {
                continue;
            }
            int stored = Integer.parseInt(digits) - 1;
            for (int i = 0; i < perm[g].length; i++) {
                if (perm[g][i] == stored) {
                    return set[i].toString();
                }
            }
        }
        return prefix + digits;
    }

    /**
     * The states of a lasso, each step re-run to name it; when the cycle closes, the last
     * step leads back to an earlier state, which it shows again.
     */
    public List<TraceStep> trace(dev.ariadne.liveness.Lasso lasso) {
        List<TraceStep> steps = new ArrayList<>();
        long[] fps = lasso.fps();
        steps.add(new TraceStep("Init", null, fps[0], view(fps[0])));
        for (int i = 1; i < fps.length; i++) {
            steps.add(step(fps[i - 1], lasso.steps()[i], fps[i]));
        }
        return steps;
    }

    private TraceStep step(long parent, int stepId, long child) {
        load(parent);
        String[] found = new String[1];
        int[] offset = {-1};
        if (stepId < Machine.INIT_STEP || stepId >= machine.stepCount()) {
            throw new DamagedStoreException(store, DamagedStoreException.Part.SNAPSHOTS,
                    "state " + Fingerprint.hex(child) + " was reached by step " + stepId + ", which does not exist");
        }
        try {
            machine.runStep(stepId, id -> {
                codec.encode(machine);
                if (codec.fingerprint() == child) {
                    found[0] = machine.stepName(id);
                    offset[0] = machine.stepOffset(id);
                    throw new Found();
                }
            });
        } catch (Found f) {
            // the branch that leads to the child
        }
        if (found[0] == null) {
            throw new DamagedStoreException(store, DamagedStoreException.Part.SNAPSHOTS, "re-running step " + stepId
                    + " from state " + Fingerprint.hex(parent) + " does not reach state " + Fingerprint.hex(child));
        }
        Location at = offset[0] >= 0 ? program.source().location(offset[0]) : null;
        return new TraceStep(found[0], at, child, view(child));
    }

    private void load(long fp) {
        Snapshots.load(store, codec, fp, machine);
    }

    /** The stored state as globals and processes, decoded afresh. */
    public StateView view(long fp) {
        load(fp);
        return currentView();
    }

    private StateView viewOf(byte[] bytes) {
        codec.decodeInto(bytes, machine);
        return currentView();
    }

    private StateView currentView() {
        Map<String, Value> globals = new LinkedHashMap<>();
        for (int g = 0; g < machine.globalCount(); g++) {
            globals.put(program.globalNames().get(g), machine.global(g));
        }
        List<StateView.ProcessView> procs = new ArrayList<>();
        for (int i = 0; i < machine.procCount(); i++) {
            Proc p = machine.proc(i);
            ProcessInfo info = program.processes().get(p.decl());
            Map<String, Value> vars = new LinkedHashMap<>();
            for (int k = 0; k < info.varNames().size(); k++) {
                vars.put(info.varNames().get(k), p.frame().local(info.varSlots()[k]));
            }
            procs.add(new StateView.ProcessView(machine.instanceName(p), machine.labelName(p), vars));
        }
        return new StateView(globals, procs);
    }

    /** Stops the re-run at the branch that was looked for. */
    private static final class Found extends RuntimeException {
        Found() {
            super(null, null, false, false);
        }
    }
}
