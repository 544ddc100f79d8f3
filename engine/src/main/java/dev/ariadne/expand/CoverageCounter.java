package dev.ariadne.expand;

import dev.ariadne.collect.HyperLogLog;
import dev.ariadne.result.CoverageReport;
import dev.ariadne.space.CoverageLayout;
import dev.ariadne.space.Cursor;

import java.util.ArrayList;
import java.util.List;

/**
 * The counts behind {@code --coverage}, kept by one worker and merged at the end: per key
 * of the space's {@link CoverageLayout} (for a model, an action or a process label), the
 * states where it was enabled, the successors it made and the new states it produced;
 * per variable, an estimator of its distinct values. Nothing of it exists when coverage
 * is off.
 */
public final class CoverageCounter {
    private final CoverageLayout layout;
    private final long[] enabled;
    private final long[] taken;
    private final long[] produced;
    private final HyperLogLog[] values;

    public CoverageCounter(CoverageLayout layout) {
        this.layout = layout;
        int k = layout.keys().size();
        this.enabled = new long[k];
        this.taken = new long[k];
        this.produced = new long[k];
        this.values = new HyperLogLog[layout.variables().size()];
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

    /** Hashes the variables of the cursor's loaded state, state {@code i} of the batch. */
    void stateValues(Cursor cursor, CoverageBatch c, int i) {
        cursor.variableHashes(c.values, i * values.length);
    }

    void beforeStep(Cursor cursor, int stepId) {
        current = cursor.coverageKey(stepId);
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

    /** The number of variables whose values are counted. */
    public int variableCount() {
        return values.length;
    }

    /** Counts the values of a state's variables, given as their hashes ({@link Cursor#variableHashes}). */
    public void values(long[] hashes) {
        for (int g = 0; g < values.length; g++) {
            values[g].add(hashes[g]);
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
        for (int k = 0; k < enabled.length; k++) {
            CoverageLayout.Key key = layout.keys().get(k);
            steps.add(new CoverageReport.Step(key.kind(), key.name(), key.location(), enabled[k], taken[k],
                    withProduced ? produced[k] : -1));
        }
        List<CoverageReport.Variable> vars = new ArrayList<>();
        for (int g = 0; g < values.length; g++) {
            vars.add(new CoverageReport.Variable(layout.variables().get(g), values[g].estimate()));
        }
        return new CoverageReport(steps, vars);
    }
}
