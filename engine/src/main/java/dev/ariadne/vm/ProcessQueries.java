package dev.ariadne.vm;

import dev.ariadne.lang.compile.ProcessInfo;
import dev.ariadne.lang.compile.Program;
import dev.ariadne.value.EvalException;
import dev.ariadne.value.Value;

/**
 * What code reads of the process instances of the state: {@code pc("Name")},
 * {@code pc("Name", self)} (PROC_LABEL) and {@code P.x}, {@code P[self].x} (PROC_VAR).
 */
final class ProcessQueries {
    private final Machine m;
    private final Program program;
    private final Processes procs;
    private final StepNames names;

    ProcessQueries(Machine m, Processes procs, StepNames names) {
        this.m = m;
        this.program = m.program();
        this.procs = procs;
        this.names = names;
    }

    /** {@code pc("Name")} or {@code pc("Name", self)}: the label of a process instance, or "Done". */
    Value label(String name, Value self) {
        for (int d = 0; d < program.processes().size(); d++) {
            if (program.processes().get(d).name().equals(name)) {
                return label(d, self);
            }
        }
        throw new EvalException("no process named '" + name + "'");
    }

    /** {@link #label(String, Value)} of the {@code decl}-th process declaration (PROC_LABEL). */
    Value label(int decl, Value self) {
        return names.labelValue(procs.get(procs.find(decl, self)));
    }

    /**
     * {@code P.x} / {@code P[self].x} (PROC_VAR): the {@code k}-th var of an instance of the
     * {@code decl}-th process; during that instance's own step, its current value.
     */
    Value var(int decl, Value self, int k) {
        int i = procs.find(decl, self);
        ProcessInfo info = program.processes().get(decl);
        Frame f = m.workingFrame(i);
        Value v = f.locals[info.varSlots()[k]];
        if (v == null) {
            throw new EvalException("variable '" + info.varNames().get(k) + "' of " + names.instanceName(procs.get(i))
                    + " has no value yet");
        }
        return v;
    }
}
