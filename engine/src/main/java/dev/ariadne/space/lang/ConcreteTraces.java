package dev.ariadne.space.lang;

import dev.ariadne.lang.compile.Program;
import dev.ariadne.lang.syntax.Location;
import dev.ariadne.result.StateView;
import dev.ariadne.result.TraceStep;
import dev.ariadne.snapshot.Fingerprint;
import dev.ariadne.snapshot.StateCodec;
import dev.ariadne.space.ConcreteTracer;
import dev.ariadne.storage.DamagedStoreException;
import dev.ariadne.storage.StateReader;
import dev.ariadne.vm.Machine;

import java.util.ArrayList;
import java.util.List;

/**
 * The traces of a model's run reduced by symmetry, made concrete.
 *
 * <p>Under symmetry the store holds canonical forms, and consecutive forms need not be
 * one step apart as they are (only up to a renaming of symmetric values). From the concrete
 * state reached so far (at first the stored initial form, itself an initial state), every
 * step is re-run and the branch whose canonical fingerprint is the child's is taken, as it
 * is. Each state shown is that concrete one, so the trace replays on the model without
 * reduction; the fingerprints shown stay the stored ones (what {@code trace --state} takes).
 * It needs the language's machine and codec, so the language's space provides it
 * ({@link LanguageSpace#concreteTraces}).
 */
final class ConcreteTraces implements ConcreteTracer {
    private final Program program;
    private final StateReader store;
    private final Machine machine;
    private final StateCodec codec;

    /** The concrete state the trace being built has reached. */
    private byte[] concrete;

    private ConcreteTraces(Program program, StateReader store, StateCodec codec) {
        this.program = program;
        this.store = store;
        this.machine = new Machine(program);
        this.codec = codec;
    }

    /** The concrete traces of a space that reduces by symmetry, or null when it does not. */
    static ConcreteTraces of(LanguageSpace space, StateReader store) {
        if (!space.options().symmetry()) {
            return null;
        }
        StateCodec codec = new StateCodec(space.program(), true);
        return codec.reduces() ? new ConcreteTraces(space.program(), store, codec) : null;
    }

    @Override
    public boolean reached() {
        return concrete != null;
    }

    /** A trace under symmetry: each step re-run from the concrete state reached, every step tried. */
    @Override
    public List<TraceStep> trace(List<Long> chain, byte[] first) {
        List<TraceStep> steps = new ArrayList<>();
        concrete = first;
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
                            found[0] = machine.names().stepName(id);
                            offset[0] = machine.names().stepOffset(id);
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

    @Override
    public String renamed(String name) {
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

    private StateView viewOf(byte[] bytes) {
        codec.decodeInto(bytes, machine);
        return currentView();
    }

    private StateView currentView() {
        return LanguageCursor.viewOf(program, machine);
    }

    /** Stops the re-run at the branch that was looked for. */
    private static final class Found extends RuntimeException {
        Found() {
            super(null, null, false, false);
        }
    }
}
