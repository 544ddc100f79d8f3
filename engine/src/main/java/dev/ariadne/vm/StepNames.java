package dev.ariadne.vm;

import dev.ariadne.lang.compile.ActionInfo;
import dev.ariadne.lang.compile.LabelInfo;
import dev.ariadne.lang.compile.ProcessInfo;
import dev.ariadne.lang.compile.Program;
import dev.ariadne.value.Repr;
import dev.ariadne.value.StrV;
import dev.ariadne.value.Value;

import java.util.ArrayList;
import java.util.List;

/**
 * How traces and messages name the steps and process instances of a machine's loaded
 * state ({@code Send(1, 2)}, {@code Worker(2) at Work}) and where a step starts in the source.
 */
public final class StepNames {
    private static final StrV DONE_LABEL = new StrV("Done");

    private final Program program;
    private final Processes procs;
    private final CallStack calls;
    /** The value of {@code pc(...)} for each label of each process declaration. */
    private final StrV[][] labelValues;

    StepNames(Program program, Processes procs, CallStack calls) {
        this.program = program;
        this.procs = procs;
        this.calls = calls;
        this.labelValues = program.processes().stream()
                .map(p -> p.labels().stream().map(l -> new StrV(l.name())).toArray(StrV[]::new))
                .toArray(StrV[][]::new);
    }

    /**
     * The name of step {@code stepId} of the loaded state: {@code FillBig},
     * {@code Send(1, 2)} with the parameters chosen (read during a successor call), or
     * {@code Worker(2) at Work}.
     */
    public String stepName(int stepId) {
        int nactions = program.actions().size();
        if (stepId < 0) {
            return "Init";
        }
        if (stepId < nactions) {
            ActionInfo a = program.actions().get(stepId);
            Frame base = calls.base();
            if (a.paramSlots().length == 0 || base == null) {
                return a.name();
            }
            List<String> params = new ArrayList<>();
            for (int s : a.paramSlots()) {
                Value v = base.locals[s];
                params.add(v == null ? "?" : Repr.str(v));
            }
            return a.name() + "(" + String.join(", ", params) + ")";
        }
        Proc p = procs.get(stepId - nactions);
        return instanceName(p) + " at " + labelName(p);
    }

    /** The source offset where step {@code stepId} of the loaded state starts (an action, or a label). */
    public int stepOffset(int stepId) {
        int nactions = program.actions().size();
        if (stepId < 0) {
            return -1;
        }
        if (stepId < nactions) {
            return program.actions().get(stepId).offset();
        }
        Proc p = procs.get(stepId - nactions);
        LabelInfo l = program.processes().get(p.decl()).labels().get(p.frame().instr[p.frame().pc + 1]);
        return l.offset();
    }

    /** The index of the label an instance is paused at (in its declaration's labels), or -1 when it is Done. */
    public int labelIndex(Proc p) {
        int pc = p.frame().pc;
        return pc == Frame.DONE ? -1 : p.frame().instr[pc + 1];
    }

    /** The label a process instance is at, or "Done". */
    public String labelName(Proc p) {
        return labelValue(p).value;
    }

    /** {@link #labelName} as a value: one string per label, made once (invariants ask for it in every state). */
    StrV labelValue(Proc p) {
        int pc = p.frame().pc;
        return pc == Frame.DONE ? DONE_LABEL : labelValues[p.decl()][p.frame().instr[pc + 1]];
    }

    /** {@code Name} or {@code Name(self)}. */
    public String instanceName(Proc p) {
        ProcessInfo info = program.processes().get(p.decl());
        return info.selfSlot() < 0 ? info.name() : info.name() + "(" + Repr.str(p.self()) + ")";
    }
}
