package dev.ariadne.expand;

import dev.ariadne.collect.HyperLogLog;
import dev.ariadne.lang.compile.ActionInfo;
import dev.ariadne.lang.compile.LabelInfo;
import dev.ariadne.lang.compile.ProcessInfo;
import dev.ariadne.lang.compile.Program;
import dev.ariadne.result.CoverageReport;
import dev.ariadne.value.ValueHash;
import dev.ariadne.vm.Machine;

import java.util.ArrayList;
import java.util.List;

/**
 * The counts behind {@code --coverage}, kept by one worker and merged at the end: a key
 * per action (all its parameter values together) and per label of each process
 * declaration (all its instances together), and an estimator of distinct values per
 * global variable. Nothing of it exists when coverage is off.
 */
public final class CoverageCounter {
    private final Program program;
    private final int actions;
    /** First key of each process declaration's labels. */
    private final int[] labelBase;
    private final long[] enabled;
    private final long[] taken;
    private final long[] produced;
    private final HyperLogLog[] values;

    public CoverageCounter(Program program) {
        this.program = program;
        this.actions = program.actions().size();
        this.labelBase = new int[program.processes().size()];
        int k = actions;
        for (int d = 0; d < labelBase.length; d++) {
            labelBase[d] = k;
            k += program.processes().get(d).labels().size();
        }
        this.enabled = new long[k];
        this.taken = new long[k];
        this.produced = new long[k];
        this.values = new HyperLogLog[program.globalNames().size()];
        for (int g = 0; g < values.length; g++) {
            values[g] = new HyperLogLog();
        }
    }

    /** The key of the step a worker is running (see {@link #beforeStep}). */
    private int current = -1;

    public int keyCount() {
        return enabled.length;
    }

    /** A worker's batch counts: one per batch result, under {@code --coverage}. */
    CoverageBatch newBatch(int states) {
        return new CoverageBatch(enabled.length, states, values.length);
    }

    /** Hashes the globals of state {@code i} of the batch. */
    void stateValues(Machine m, CoverageBatch c, int i) {
        for (int g = 0; g < values.length; g++) {
            c.values[i * values.length + g] = ValueHash.of(m.global(g));
        }
    }

    void beforeStep(Machine m, int stepId) {
        current = key(m, stepId);
    }

    void afterStep(CoverageBatch c, int successors) {
        if (current >= 0 && successors > 0) {
            c.enabled[current]++;
            c.taken[current] += successors;
        }
    }

    void successor(CoverageBatch c, int index) {
        c.successor(index, current);
    }

    /** The coordinator's side: a merged batch's counts; {@link #produced} is called for its new states. */
    public void absorb(CoverageBatch c) {
        for (int k = 0; k < enabled.length; k++) {
            enabled[k] += c.enabled[k];
            taken[k] += c.taken[k];
        }
        int v = values.length;
        for (int i = 0; v > 0 && i + v <= c.values.length; i += v) {
            for (int g = 0; g < v; g++) {
                values[g].add(c.values[i + g]);
            }
        }
    }

    /** The key of successor {@code k} of a batch's counts. */
    public static int keyOf(CoverageBatch c, int k) {
        return k < c.count ? c.keys[k] : -1;
    }

    /** The key of a step of the loaded state, taken before the step runs (a process step moves its label); -1 for none. */
    public int key(Machine m, int stepId) {
        if (stepId < actions) {
            return stepId;
        }
        var p = m.proc(stepId - actions);
        int label = m.names().labelIndex(p);
        return label < 0 ? -1 : labelBase[p.decl()] + label;
    }

    /** A state where the step of this key had {@code successors} successors (0: not enabled there). */
    public void step(int key, int successors) {
        if (key >= 0 && successors > 0) {
            enabled[key]++;
        }
    }

    public void taken(int key, long n) {
        if (key >= 0) {
            taken[key] += n;
        }
    }

    public void produced(int key) {
        if (key >= 0) {
            produced[key]++;
        }
    }

    /** Counts the values of the globals of a distinct state. */
    public void values(Machine m) {
        for (int g = 0; g < values.length; g++) {
            values[g].add(ValueHash.of(m.global(g)));
        }
    }

    public void merge(CoverageCounter o) {
        for (int k = 0; k < enabled.length; k++) {
            enabled[k] += o.enabled[k];
            taken[k] += o.taken[k];
            produced[k] += o.produced[k];
        }
        for (int g = 0; g < values.length; g++) {
            values[g].merge(o.values[g]);
        }
    }

    /** The report; {@code withProduced} false when new distinct states were not counted (a simulation). */
    public CoverageReport report(boolean withProduced) {
        List<CoverageReport.Step> steps = new ArrayList<>();
        for (int a = 0; a < actions; a++) {
            ActionInfo info = program.actions().get(a);
            steps.add(new CoverageReport.Step("action", info.name(), where(info.offset()), enabled[a], taken[a],
                    withProduced ? produced[a] : -1));
        }
        for (int d = 0; d < labelBase.length; d++) {
            ProcessInfo info = program.processes().get(d);
            for (int l = 0; l < info.labels().size(); l++) {
                LabelInfo label = info.labels().get(l);
                int k = labelBase[d] + l;
                steps.add(new CoverageReport.Step("label", info.name() + "." + label.name(), where(label.offset()),
                        enabled[k], taken[k], withProduced ? produced[k] : -1));
            }
        }
        List<CoverageReport.Variable> vars = new ArrayList<>();
        for (int g = 0; g < values.length; g++) {
            vars.add(new CoverageReport.Variable(program.globalNames().get(g), values[g].estimate()));
        }
        return new CoverageReport(steps, vars);
    }

    private String where(int offset) {
        return program.source().location(offset).toString();
    }
}
