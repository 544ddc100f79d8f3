package dev.ariadne.expand;

import dev.ariadne.collect.LongHashSet;
import dev.ariadne.result.Violation;
import dev.ariadne.result.ViolationKind;
import dev.ariadne.lang.compile.CheckInfo;
import dev.ariadne.lang.compile.Program;
import dev.ariadne.liveness.FairSteps;
import dev.ariadne.liveness.PropertyInstances;
import dev.ariadne.liveness.StateEdges;
import dev.ariadne.snapshot.Fingerprint;
import dev.ariadne.snapshot.StateCodec;
import dev.ariadne.vm.EvalError;
import dev.ariadne.vm.Machine;
import dev.ariadne.vm.StepSink;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * A worker's view of one run: decodes each state of a batch once, checks the
 * invariants and the constraints on it, runs all its steps and keeps the successors
 * that are not already known. One per worker thread and run.
 */
public final class Expander {
    private final RunContext run;
    private final Program program;
    private final Machine machine;
    private final StateCodec codec;
    private final LongHashSet seen = new LongHashSet();
    /** In a worker process, what this worker already sent the coordinator; null in threads, which share the visited set. */
    private final SentFingerprints sent;
    /** The program's properties; the state graph is recorded only when some need it. */
    private final PropertyInstances properties;
    private final FairSteps fair;
    /** {@code --coverage}: the counts of the batch being expanded go to {@code out.coverage}; null when off. */
    private final CoverageCounter coverage;
    /** The liveness part of the batch being expanded, or null when no property needs the graph. */
    private StateEdges live;

    public Expander(RunContext run) {
        this(run, null);
    }

    /** An expander for a worker process, which cannot see the coordinator's visited set. */
    public static Expander forWorkerProcess(RunContext run) {
        return new Expander(run, new SentFingerprints());
    }

    private Expander(RunContext run, SentFingerprints sent) {
        this.run = run;
        this.program = run.program();
        this.machine = new Machine(program, run.options().stepBudget());
        machine.checkOnly(ExploreOptions.selection(run.options().invariants(),
                program.invariants().stream().map(CheckInfo::name).toList()));
        if (run.printer() != null) {
            machine.setPrinter(run.printer());
        }
        this.codec = new StateCodec(program, run.options().symmetry());
        this.sent = sent;
        this.properties = PropertyInstances.of(program, machine, run.options().properties());
        this.fair = new FairSteps(program);
        this.coverage = run.options().coverage() ? new CoverageCounter(program) : null;
    }

    public Machine machine() {
        return machine;
    }

    public StateCodec codec() {
        return codec;
    }

    /** Expands every state of the batch, unless {@code cancelled} says to stop early. */
    public BatchResult expand(Batch batch, BooleanSupplier cancelled) {
        BatchResult out = new BatchResult(batch.size());
        live = properties.hasTemporal() ? new StateEdges(batch.size(), properties.words()) : null;
        out.live = live;
        out.coverage = coverage == null ? null : coverage.newBatch(batch.size());
        seen.clear();
        ExploreOptions o = run.options();
        for (int i = 0; i < batch.size(); i++) {
            out.start[i] = out.count;
            if (cancelled.getAsBoolean()) {
                continue;
            }
            long fp = batch.fps()[i];
            byte[] bytes = batch.snapshots()[i];
            if (bytes == null) {
                if (run.store() == null) {
                    throw new IllegalStateException("the batch lacks a snapshot and this worker has no store to read it from");
                }
                bytes = run.store().snapshotAt(batch.firstSeq() + i);
            }
            if (bytes == null) {
                throw new IllegalStateException("the store has no snapshot of state " + (batch.firstSeq() + i)
                        + " (" + Fingerprint.hex(fp) + ")");
            }
            codec.decodeInto(bytes, machine);
            if (sent != null) {
                sent.record(fp, -1); // a frontier state is known to the coordinator
            }
            expandOne(i, fp, batch.depths()[i], o, out, batch.index());
        }
        out.start[batch.size()] = out.count;
        return out;
    }

    private void expandOne(int i, long fp, int depth, ExploreOptions o, BatchResult out, long batch) {
        if (live != null) {
            live.begin(i);
        }
        List<Violation> found = checkState(fp);
        if (live != null) {
            // every state's bits, violating ones too: under --continue the graph is checked whole
            try {
                properties.evaluate(machine, live.bits(), live.bitsOffset(i));
            } catch (EvalError e) {
                found = new ArrayList<>(found);
                found.add(error(e, fp, Violation.NO_STEP, null));
            }
        }
        for (Violation v : found) {
            out.addViolation(i, v);
        }
        if (!found.isEmpty() && !o.keepGoing()) {
            return;
        }
        boolean expand = o.maxDepth() <= 0 || depth < o.maxDepth();
        if (expand) {
            try {
                expand = machine.constraintsHold();
            } catch (EvalError e) {
                out.addViolation(i, error(e, fp, Violation.NO_STEP, null));
                return;
            }
        }
        if (!expand) {
            return;
        }
        if (coverage != null) {
            coverage.stateValues(machine, out.coverage, i);
        }
        int before = out.count;
        int[] generated = {0};
        StepSink sink = stepId -> {
            generated[0]++;
            if (machine.stateUnchanged()) {
                return; // a step back to this state: it is known, and encoding it would only say so
            }
            codec.encode(machine);
            long s = codec.fingerprint();
            if (live != null && s != fp) {
                live.add(i, s, stepId, fair.key(machine, stepId));
            }
            boolean known = sent != null ? sent.knownBefore(s, batch) : run.known().contains(s);
            if (!known && seen.add(s)) {
                out.addSuccessor(s, stepId, codec.buffer(), codec.length());
                if (coverage != null) {
                    coverage.successor(out.coverage, out.count - 1);
                }
                if (sent != null) {
                    sent.record(s, batch);
                }
            }
        };
        boolean failed = false;
        for (int step = 0; step < machine.stepCount(); step++) {
            int was = generated[0];
            if (coverage != null) {
                coverage.beforeStep(machine, step);
            }
            try {
                machine.runStep(step, sink);
                if (coverage != null) {
                    coverage.afterStep(out.coverage, generated[0] - was);
                }
            } catch (EvalError e) {
                out.addViolation(i, error(e, fp, step, e.step()));
                failed = true;
                if (!o.keepGoing()) {
                    break;
                }
            }
        }
        out.generated[i] = generated[0];
        if (generated[0] == 0 && !failed && o.checkDeadlock() && (machine.procCount() == 0 || !machine.allDone())) {
            out.addViolation(i, new Violation(ViolationKind.DEADLOCK, null, "deadlock: no step is enabled and not every"
                    + " process is Done", -1, fp, Violation.NO_STEP, null, List.of()));
        }
        assert out.count >= before;
    }

    /** The invariants on the loaded state: the first one that does not hold, or the error evaluating one. */
    private List<Violation> checkState(long fp) {
        try {
            int k = machine.violatedInvariant();
            if (k < 0) {
                PropertyInstances.Instance p = properties.violatedAlways(machine);
                return p == null ? List.of() : List.of(new Violation(ViolationKind.INVARIANT, p.name(), "property '"
                        + p.name() + "' (always) is violated", p.info().offset(), fp, Violation.NO_STEP, null, List.of()));
            }
            var inv = program.invariants().get(k);
            return List.of(new Violation(ViolationKind.INVARIANT, inv.name(), "invariant '" + inv.name() + "' is violated",
                    inv.offset(), fp, Violation.NO_STEP, null, List.of()));
        } catch (EvalError e) {
            return List.of(error(e, fp, Violation.NO_STEP, null));
        }
    }

    public Violation error(EvalError e, long fp, int step, String stepName) {
        return error(program, e, fp, step, stepName);
    }

    /** A runtime error or failed assertion of the model as a violation. */
    public static Violation error(Program program, EvalError e, long fp, int step, String stepName) {
        List<String> tb = new ArrayList<>();
        for (EvalError.Line l : e.traceback()) {
            tb.add(l.function() + " at " + program.source().location(l.offset()));
        }
        ViolationKind kind = e.kind() == EvalError.Kind.ASSERTION ? ViolationKind.ASSERTION : ViolationKind.EVAL_ERROR;
        return new Violation(kind, e.check(), e.getMessage(), e.offset(), fp, step, stepName, tb);
    }
}
