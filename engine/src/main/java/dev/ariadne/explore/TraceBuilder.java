package dev.ariadne.explore;

import dev.ariadne.expand.ExploreOptions;
import dev.ariadne.lang.compile.Program;
import dev.ariadne.lang.syntax.Location;
import dev.ariadne.liveness.Lasso;
import dev.ariadne.result.StateView;
import dev.ariadne.result.TraceStep;
import dev.ariadne.result.Violation;
import dev.ariadne.snapshot.Fingerprint;
import dev.ariadne.space.ConcreteTracer;
import dev.ariadne.space.Cursor;
import dev.ariadne.space.StateSpace;
import dev.ariadne.space.lang.LanguageSpace;
import dev.ariadne.storage.DamagedStoreException;
import dev.ariadne.storage.StateReader;
import dev.ariadne.storage.StateRecord;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Rebuilds traces from a store: follows parent pointers back to an initial state, then
 * re-runs each recorded step from its parent's snapshot and keeps the branch that gives
 * the child's fingerprint, which recovers the step's name and parameters. Under symmetry
 * the space makes the trace concrete ({@link StateSpace#concreteTraces}).
 */
public final class TraceBuilder {
    private final StateSpace space;
    private final StateReader store;
    private final Cursor cursor;
    /** Under symmetry, the builder of concrete traces of a model's canonical states; null otherwise. */
    private final ConcreteTracer concrete;

    public TraceBuilder(StateSpace space, StateReader store) {
        this.space = space;
        this.store = store;
        this.cursor = space.cursor();
        this.concrete = space.concreteTraces(store);
    }

    /** Traces of a model's states, for a run made with or without symmetry reduction ({@code --no-symmetry}). */
    public TraceBuilder(Program program, StateReader store, boolean symmetry) {
        this(new LanguageSpace(program, ExploreOptions.defaults().withSymmetry(symmetry).space(), null), store);
    }

    /** Traces of a model's states. */
    public TraceBuilder(Program program, StateReader store) {
        this(LanguageSpace.of(program), store);
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
        if (concrete != null) {
            return concrete.trace(chain, Snapshots.read(store, space, chain.get(0)));
        }
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
            String name = v.stepName() == null ? "step" : v.stepName();
            if (concrete != null && concrete.reached()) {
                name = concrete.renamed(name); // named in the stored form: say it in the concrete state's values
            }
            steps.add(new TraceStep(name, space.locate(v.offset()), 0, null));
        }
        return steps;
    }

    /**
     * The states of a lasso, each step re-run to name it; when the cycle closes, the last
     * step leads back to an earlier state, which it shows again.
     */
    public List<TraceStep> trace(Lasso lasso) {
        List<TraceStep> steps = new ArrayList<>();
        long[] fps = lasso.fps();
        steps.add(new TraceStep("Init", null, fps[0], view(fps[0])));
        for (int i = 1; i < fps.length; i++) {
            steps.add(step(fps[i - 1], lasso.steps()[i], fps[i]));
        }
        return steps;
    }

    private TraceStep step(long parent, int stepId, long child) {
        Snapshots.load(store, space, cursor, parent);
        String[] found = new String[1];
        Location[] at = new Location[1];
        if (stepId < StateSpace.INIT_STEP || stepId >= cursor.stepCount()) {
            throw new DamagedStoreException(store, DamagedStoreException.Part.SNAPSHOTS,
                    "state " + Fingerprint.hex(child) + " was reached by step " + stepId + ", which does not exist");
        }
        try {
            cursor.runStep(stepId, (id, fp, bytes, off, len) -> {
                if (fp == child) {
                    found[0] = cursor.stepName(id);
                    at[0] = cursor.stepLocation(id);
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
        return new TraceStep(found[0], at[0], child, view(child));
    }

    /** The stored state as globals and processes, decoded afresh. */
    public StateView view(long fp) {
        byte[] bytes = Snapshots.read(store, space, fp);
        try {
            return cursor.view(bytes, 0, bytes.length);
        } catch (dev.ariadne.space.StateFormatException e) {
            throw new DamagedStoreException(store, DamagedStoreException.Part.SNAPSHOTS,
                    "the snapshot of state " + Fingerprint.hex(fp) + " cannot be decoded: " + e.getMessage());
        }
    }

    /** Stops the re-run at the branch that was looked for. */
    private static final class Found extends RuntimeException {
        Found() {
            super(null, null, false, false);
        }
    }
}
