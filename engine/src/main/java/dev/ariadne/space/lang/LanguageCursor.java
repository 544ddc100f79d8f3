package dev.ariadne.space.lang;

import dev.ariadne.lang.compile.CheckInfo;
import dev.ariadne.lang.compile.ProcessInfo;
import dev.ariadne.lang.compile.Program;
import dev.ariadne.lang.syntax.Location;
import dev.ariadne.liveness.FairSteps;
import dev.ariadne.liveness.PropertyInstances;
import dev.ariadne.result.StateView;
import dev.ariadne.result.Violation;
import dev.ariadne.result.ViolationKind;
import dev.ariadne.snapshot.SnapshotException;
import dev.ariadne.snapshot.StateCodec;
import dev.ariadne.space.Cursor;
import dev.ariadne.space.ModelError;
import dev.ariadne.space.SpaceOptions;
import dev.ariadne.space.StateFormatException;
import dev.ariadne.space.StateSpace;
import dev.ariadne.space.SuccessorSink;
import dev.ariadne.value.Value;
import dev.ariadne.vm.EvalError;
import dev.ariadne.vm.Machine;
import dev.ariadne.vm.StateChecks;
import dev.ariadne.vm.Proc;
import dev.ariadne.vm.StepSink;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A cursor over a model's states: a {@link Machine} holding the loaded state, the
 * {@link StateCodec} that decodes it and encodes each successor, and the model's
 * properties and fair instances. The machine's successor callback is one object made
 * once, which forwards to the sink of the step being run.
 */
public final class LanguageCursor implements Cursor {
    /** The state of a violation that has none (an initialisation that fails). */
    public static final long NO_STATE = 0L;

    private final LanguageSpace space;
    private final Program program;
    private final Machine machine;
    /** The invariants and constraints checked on the machine's loaded state. */
    private final StateChecks checks;
    private final StateCodec codec;
    /** Made on first use: evaluating the properties' domains may fail, and tracing a state needs none of them. */
    private PropertyInstances properties;
    private final FairSteps fair;
    private final StepSink forward = this::forward;
    /** The space's coverage keys, read once (the space's field is volatile). */
    private LanguageCoverage coverage;
    private SuccessorSink sink;
    private long loadedFp;
    private byte[] loaded;
    private int loadedOff;
    private int loadedLen;

    LanguageCursor(LanguageSpace space) {
        this.space = space;
        this.program = space.program();
        SpaceOptions o = space.options();
        this.machine = new Machine(program, o.stepBudget());
        this.checks = new StateChecks(machine, SpaceOptions.selection(o.invariants(),
                program.invariants().stream().map(CheckInfo::name).toList()));
        if (space.printer() != null) {
            machine.setPrinter(space.printer());
        }
        this.codec = new StateCodec(program, o.symmetry());
        checks.cacheBy(codec::valueKey);
        this.fair = new FairSteps(program);
    }

    /** The instances of the selected properties, evaluated on this cursor's machine. */
    PropertyInstances propertyInstances() {
        if (properties == null) {
            try {
                properties = PropertyInstances.of(program, machine, space.options().properties());
            } catch (EvalError e) {
                throw new ModelError(error(program, e, NO_STATE, Violation.NO_STEP, null), e);
            }
        }
        return properties;
    }

    /** The machine holding the loaded state (for the language's own tools: traces, benchmarks). */
    public Machine machine() {
        return machine;
    }

    @Override
    public void initialStates(SuccessorSink sink) {
        this.sink = sink;
        this.loaded = null;
        checks.forgetDecodedKeys();
        try {
            machine.init(forward);
        } catch (EvalError e) {
            throw new ModelError(error(program, e, NO_STATE, StateSpace.INIT_STEP, "Init"), e);
        } finally {
            this.sink = null;
        }
    }

    @Override
    public void load(long fp, byte[] bytes, int off, int len) {
        try {
            long[] keys = checks.decodedKeys();
            codec.decodeInto(bytes, off, len, machine, keys);
            if (keys != null) {
                checks.keysDecoded();
            }
        } catch (SnapshotException e) {
            throw new StateFormatException(e.getMessage(), e);
        }
        loadedFp = fp;
        loaded = bytes;
        loadedOff = off;
        loadedLen = len;
    }

    @Override
    public Violation violation() {
        try {
            int k = checks.violatedInvariant();
            if (k < 0) {
                PropertyInstances.Instance p = propertyInstances().violatedAlways(machine);
                return p == null ? null : new Violation(ViolationKind.INVARIANT, p.name(), "property '" + p.name()
                        + "' (always) is violated", p.info().offset(), loadedFp, Violation.NO_STEP, null, List.of());
            }
            var inv = program.invariants().get(k);
            return new Violation(ViolationKind.INVARIANT, inv.name(), "invariant '" + inv.name() + "' is violated",
                    inv.offset(), loadedFp, Violation.NO_STEP, null, List.of());
        } catch (EvalError e) {
            return error(program, e, loadedFp, Violation.NO_STEP, null);
        }
    }

    @Override
    public void properties(long[] out, int off) {
        try {
            propertyInstances().evaluate(machine, out, off);
        } catch (EvalError e) {
            throw new ModelError(error(program, e, loadedFp, Violation.NO_STEP, null), e);
        }
    }

    @Override
    public boolean expandable() {
        try {
            return checks.constraintsHold();
        } catch (EvalError e) {
            throw new ModelError(error(program, e, loadedFp, Violation.NO_STEP, null), e);
        }
    }

    @Override
    public int stepCount() {
        return machine.stepCount();
    }

    @Override
    public void runStep(int step, SuccessorSink sink) {
        this.sink = sink;
        checks.forgetDecodedKeys();
        try {
            machine.runStep(step, forward);
        } catch (EvalError e) {
            throw new ModelError(error(program, e, loadedFp, step, e.step()), e);
        } finally {
            this.sink = null;
        }
    }

    private void forward(int step) {
        if (loaded != null && machine.stateUnchanged()) {
            // a step back to the loaded state: encoding it would only say so
            sink.successor(step, loadedFp, loaded, loadedOff, loadedLen);
            return;
        }
        codec.encode(machine);
        sink.successor(step, codec.fingerprint(), codec.buffer(), 0, codec.length());
    }

    @Override
    public boolean terminal() {
        return machine.procCount() > 0 && machine.allDone();
    }

    @Override
    public long fairKey(int step) {
        return fair.key(machine, step);
    }

    @Override
    public String stepName(int step) {
        return machine.names().stepName(step);
    }

    @Override
    public Location stepLocation(int step) {
        return space.locate(machine.names().stepOffset(step));
    }

    @Override
    public int coverageKey(int step) {
        LanguageCoverage c = coverage;
        if (c == null) {
            c = space.coverage();
            coverage = c;
        }
        return c.key(machine, step);
    }

    @Override
    public void variableHashes(long[] out, int off) {
        LanguageCoverage.hashes(machine, out, off);
    }

    @Override
    public StateView view(byte[] bytes, int off, int len) {
        load(0, bytes, off, len);
        loaded = null;
        checks.forgetDecodedKeys();
        return viewOf(program, machine);
    }

    /** The state loaded in {@code machine}, as people read it: globals, then each process with its label and vars. */
    public static StateView viewOf(Program program, Machine machine) {
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
            procs.add(new StateView.ProcessView(machine.names().instanceName(p), machine.names().labelName(p), vars));
        }
        return new StateView(globals, procs);
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
