package dev.ariadne.space.lang;

import dev.ariadne.lang.compile.ActionInfo;
import dev.ariadne.lang.compile.LabelInfo;
import dev.ariadne.lang.compile.ProcessInfo;
import dev.ariadne.lang.compile.Program;
import dev.ariadne.space.CoverageLayout;
import dev.ariadne.value.ValueHash;
import dev.ariadne.vm.Machine;
import dev.ariadne.vm.Proc;

import java.util.ArrayList;
import java.util.List;

/**
 * A model's {@link CoverageLayout}: one key per action (all its parameter values
 * together), then one per label of each process declaration (all its instances
 * together); the variables are the model's globals.
 */
public final class LanguageCoverage {
    private final int actions;
    /** First key of each process declaration's labels. */
    private final int[] labelBase;
    private final CoverageLayout layout;

    public LanguageCoverage(Program program) {
        this.actions = program.actions().size();
        this.labelBase = new int[program.processes().size()];
        List<CoverageLayout.Key> keys = new ArrayList<>();
        for (ActionInfo a : program.actions()) {
            keys.add(new CoverageLayout.Key("action", a.name(), where(program, a.offset())));
        }
        for (int d = 0; d < labelBase.length; d++) {
            ProcessInfo info = program.processes().get(d);
            labelBase[d] = keys.size();
            for (LabelInfo label : info.labels()) {
                keys.add(new CoverageLayout.Key("label", info.name() + "." + label.name(), where(program, label.offset())));
            }
        }
        this.layout = new CoverageLayout(keys, program.globalNames());
    }

    public CoverageLayout layout() {
        return layout;
    }

    /** The key of step {@code stepId} of the state loaded in {@code m}, before it runs (a process step moves its label). */
    public int key(Machine m, int stepId) {
        if (stepId < actions) {
            return stepId;
        }
        Proc p = m.proc(stepId - actions);
        int label = m.names().labelIndex(p);
        return label < 0 ? -1 : labelBase[p.decl()] + label;
    }

    /** Sets {@code out[off, off + globals)} to the hashes of the globals of the state loaded in {@code m}. */
    public static void hashes(Machine m, long[] out, int off) {
        for (int g = 0; g < m.globalCount(); g++) {
            out[off + g] = ValueHash.of(m.global(g));
        }
    }

    private static String where(Program program, int offset) {
        return program.source().location(offset).toString();
    }
}
