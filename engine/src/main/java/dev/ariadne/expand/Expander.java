package dev.ariadne.expand;

import dev.ariadne.collect.LongTable;
import dev.ariadne.liveness.StateEdges;
import dev.ariadne.result.Violation;
import dev.ariadne.result.ViolationKind;
import dev.ariadne.snapshot.Fingerprint;
import dev.ariadne.space.Cursor;
import dev.ariadne.space.ModelError;
import dev.ariadne.space.CoverageLayout;
import dev.ariadne.space.SuccessorSink;

import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * A worker's view of one run: loads each state of a batch into its {@link Cursor} once,
 * checks it, runs all its steps and keeps each successor once per batch; the coordinator
 * alone tells new states from known ones. One per worker thread and run. It is the
 * cursor's sink for every successor, so expanding a state allocates nothing but what it keeps.
 *
 * <p>Workers used to skip successors already known: in threads by a look-up in the
 * coordinator's visited set, in worker processes in a table of what they had sent. Each
 * look-up missed the caches, and that cost more than the copies it saved: without them
 * 2pc-7, filter-5 and race-7 at 2 workers took 0.96, 0.97 and 0.95 of the time in threads
 * and 0.95, 0.91 and 0.86 in worker processes (docs/benchmarks.md, "Stop 16").
 */
public final class Expander implements SuccessorSink {
    private final RunContext run;
    private final Cursor cursor;
    private final LongTable seen = new LongTable(512, false);
    /** Longs of predicate bits per state; 0 when no property needs the graph. */
    private final int propertyWords;
    /** The liveness part of the batch being expanded, or null when no property needs the graph. */
    private StateEdges live;
    /** {@code --coverage}: the counts of the batch being expanded go to {@code out.coverage}; null when off. */
    private final CoverageCounter coverage;

    // the state being expanded, for the sink
    private BatchResult out;
    private int state;
    private long stateFp;
    private int generated;

    /** The size of the last batch's result: states, successors and their bytes. */
    private int lastStates;
    private int lastSuccessors;
    private int lastBytes;

    /** What the last batch gave for {@code states} states, an eighth more (at most 64 MiB). */
    private int like(int last, int states) {
        long n = (long) last * states / lastStates;
        return (int) Math.min(64 << 20, n + n / 8 + 16);
    }

    public Expander(RunContext run) {
        this.run = run;
        this.cursor = run.space().cursor();
        this.propertyWords = run.space().propertyWords();
        CoverageLayout layout = run.options().search().coverage() ? run.space().coverageLayout() : null;
        this.coverage = layout == null ? null : new CoverageCounter(layout);
    }

    /** Expands every state of the batch, unless {@code cancelled} says to stop early. */
    public BatchResult expand(Batch batch, BooleanSupplier cancelled) {
        // sized like the last result, per state, so that a batch's arrays rarely grow (each growth copies them)
        BatchResult result = lastStates == 0 ? new BatchResult(batch.size())
                : new BatchResult(batch.size(), like(lastSuccessors, batch.size()), like(lastBytes, batch.size()));
        live = propertyWords > 0 ? new StateEdges(batch.size(), propertyWords) : null;
        result.live = live;
        result.coverage = coverage == null ? null : coverage.newBatch(batch.size());
        seen.clear();
        for (int i = 0; i < batch.size(); i++) {
            result.start[i] = result.count;
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
            cursor.load(fp, bytes, 0, bytes.length);
            expandOne(i, fp, batch.depths()[i], result);
        }
        result.start[batch.size()] = result.count;
        this.out = null;
        if (batch.size() > 0) {
            lastStates = batch.size();
            lastSuccessors = result.count;
            lastBytes = result.offsets[result.count];
        }
        return result;
    }

    private void expandOne(int i, long fp, int depth, BatchResult result) {
        ExploreOptions o = run.options();
        if (live != null) {
            live.begin(i);
        }
        Violation found = cursor.violation();
        if (found != null) {
            result.addViolation(i, found);
        }
        if (live != null) {
            // every state's bits, violating ones too: under --continue the graph is checked whole
            try {
                cursor.properties(live.bits(), live.bitsOffset(i));
            } catch (ModelError e) {
                result.addViolation(i, e.violation());
                found = e.violation();
            }
        }
        if (found != null && !o.search().keepGoing()) {
            return;
        }
        boolean expand = o.search().maxDepth() <= 0 || depth < o.search().maxDepth();
        if (expand) {
            try {
                expand = cursor.expandable();
            } catch (ModelError e) {
                result.addViolation(i, e.violation());
                return;
            }
        }
        if (!expand) {
            return;
        }
        this.out = result;
        this.state = i;
        this.stateFp = fp;
        this.generated = 0;
        if (coverage != null) {
            coverage.stateValues(cursor, result.coverage, i);
        }
        boolean failed = false;
        int steps = cursor.stepCount();
        for (int step = 0; step < steps; step++) {
            int was = generated;
            if (coverage != null) {
                coverage.beforeStep(cursor, step);
            }
            try {
                cursor.runStep(step, this);
                if (coverage != null) {
                    coverage.afterStep(result.coverage, generated - was);
                }
            } catch (ModelError e) {
                result.addViolation(i, e.violation());
                failed = true;
                if (!o.search().keepGoing()) {
                    break;
                }
            }
        }
        result.generated[i] = generated;
        if (generated == 0 && !failed && o.space().checkDeadlock() && !cursor.terminal()) {
            result.addViolation(i, new Violation(ViolationKind.DEADLOCK, null, "deadlock: no step is enabled and not"
                    + " every process is Done", -1, fp, Violation.NO_STEP, null, List.of()));
        }
    }

    /** One successor of the state being expanded. */
    @Override
    public void successor(int step, long s, byte[] bytes, int off, int len) {
        generated++;
        if (s == stateFp) {
            return; // a step back to this state: it is known
        }
        if (live != null) {
            live.add(state, s, step, cursor.fairKey(step));
        }
        if (seen.add(s)) {
            out.addSuccessor(s, step, bytes, off, len);
            if (coverage != null) {
                coverage.successor(out.coverage, out.count - 1);
            }
        }
    }
}
