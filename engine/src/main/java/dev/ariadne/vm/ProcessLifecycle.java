package dev.ariadne.vm;

import dev.ariadne.lang.compile.Code;
import dev.ariadne.lang.compile.ProcessInfo;
import dev.ariadne.lang.compile.Program;
import dev.ariadne.value.EvalException;
import dev.ariadne.value.Order;
import dev.ariadne.value.Value;

import java.util.Arrays;

/**
 * How process instances come and pause: SPAWN pushes one prelude frame per instance, a
 * prelude that reaches its first label joins the state, and a frame pausing at a label
 * keeps only the slots that label keeps.
 */
final class ProcessLifecycle {
    private final Program program;
    private final Processes procs;
    private final CallStack calls;
    private final StepNames names;
    /** The process declaration of each code index, or null. */
    private final ProcessInfo[] processOfCode;

    ProcessLifecycle(Program program, Processes procs, CallStack calls, StepNames names) {
        this.program = program;
        this.procs = procs;
        this.calls = calls;
        this.names = names;
        this.processOfCode = new ProcessInfo[program.codeCount()];
        for (ProcessInfo pi : program.processes()) {
            processOfCode[pi.code()] = pi;
        }
    }

    /** Creates the instances of process {@code decl}, one per element of the domain, and pushes their preludes. */
    void spawn(int decl, Value domain) {
        ProcessInfo p = program.processes().get(decl);
        Value[] selves = Iteration.sortedUniqueElements(domain);
        Code c = program.code(p.code());
        for (int k = selves.length - 1; k >= 0; k--) {
            Value[] locals = new Value[c.nlocals];
            if (p.selfSlot() >= 0) {
                locals[p.selfSlot()] = selves[k];
            }
            Frame f = new Frame(c, locals);
            f.spawnDecl = decl;
            f.spawnSelf = selves[k];
            calls.push(f);
        }
    }

    /** A prelude reached its first label (or its end): the instance joins the state. */
    void completeSpawn(Frame f) {
        for (int i = 0; i < procs.size(); i++) {
            Proc q = procs.get(i);
            if (q.decl() == f.spawnDecl && Order.equal(q.self(), f.spawnSelf)) {
                throw new EvalException("process instance " + names.instanceName(q) + " is created twice");
            }
        }
        Proc p = new Proc(f.spawnDecl, f.spawnSelf, f);
        f.spawnDecl = -1;
        f.spawnSelf = null;
        procs.add(p);
    }

    /** Clears every slot of a paused process frame that is not kept at its position. */
    void pause(Frame f, int pc) {
        f.pc = pc;
        f.sp = 0;
        ProcessInfo p = processOfCode[f.code];
        boolean[] keep = null;
        if (pc != Frame.DONE) {
            keep = p.labels().get(f.instr[pc + 1]).keep();
        }
        for (int s = 0; s < f.locals.length; s++) {
            if (keep != null ? !keep[s] : !isPersistentAtDone(p, s)) {
                f.locals[s] = null;
            }
        }
        if (pc == Frame.DONE) {
            Arrays.fill(f.iters, 0, f.ip, null);
            f.ip = 0;
        }
    }

    private static boolean isPersistentAtDone(ProcessInfo p, int slot) {
        if (slot == p.selfSlot()) {
            return true;
        }
        for (int v : p.varSlots()) {
            if (v == slot) {
                return true;
            }
        }
        return false;
    }
}
