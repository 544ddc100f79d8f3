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
 */
public final class TraceBuilder {
    private final Program program;
    private final StateReader store;
    private final Machine machine;
    private final StateCodec codec;

    public TraceBuilder(Program program, StateReader store) {
        this.program = program;
        this.store = store;
        this.machine = new Machine(program);
        this.codec = new StateCodec(program);
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
            steps.add(new TraceStep(v.stepName() == null ? "step" : v.stepName(), at, 0, null));
        }
        return steps;
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
