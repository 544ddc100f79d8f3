package dev.ariadne.spark.search;

import dev.ariadne.lang.syntax.Location;
import dev.ariadne.result.TraceStep;
import dev.ariadne.result.Violation;
import dev.ariadne.space.Cursor;
import dev.ariadne.space.ModelError;
import dev.ariadne.space.StateSpace;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Rebuilds the shortest trace to a finding on the driver: the parent pointers are looked up
 * in the partitions that own them, one state at a time back to an initial state, and the
 * recorded steps are then re-run from the initial state's bytes through a cursor, which
 * recovers every state's bytes, the steps' names and places.
 */
public final class Trace {
    /** The parent of an initial state. */
    public static final long NO_PARENT = 0L;

    private Trace() {
    }

    public static List<TraceStep> of(Finding f, DistributedSearch search, StateSpace space) {
        return all(List.of(f), search, space).get(0);
    }

    /**
     * The traces of several findings: their chains of parents are followed together, one
     * lookup job per level for all of them.
     */
    public static List<List<TraceStep>> all(List<Finding> findings, DistributedSearch search, StateSpace space) {
        int n = findings.size();
        List<List<Long>> chains = new ArrayList<>();
        List<List<Integer>> stepIds = new ArrayList<>();
        long[] at = new long[n];
        boolean[] done = new boolean[n];
        for (int i = 0; i < n; i++) {
            chains.add(new ArrayList<>());
            stepIds.add(new ArrayList<>());
            at[i] = findings.get(i).stateFp();
            done[i] = at[i] == NO_PARENT;
        }
        for (int round = 0; ; round++) {
            List<Integer> open = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                if (!done[i]) {
                    open.add(i);
                }
            }
            if (open.isEmpty()) {
                break;
            }
            long[] wanted = open.stream().mapToLong(i -> at[i]).toArray();
            List<long[]> rows = search.lookup(wanted);
            for (int k = 0; k < open.size(); k++) {
                int i = open.get(k);
                long[] r = rows.get(k);
                if (r == null || round > findings.get(i).depth() + 1) {
                    throw new IllegalStateException("the state " + Long.toHexString(at[i]) + " on a trace is not in"
                            + " its partition");
                }
                chains.get(i).add(at[i]);
                stepIds.get(i).add((int) r[1]);
                if (r[1] == StateSpace.INIT_STEP) {
                    done[i] = true;
                } else {
                    at[i] = r[0];
                }
            }
        }
        List<List<TraceStep>> traces = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Finding f = findings.get(i);
            List<TraceStep> steps = new ArrayList<>();
            if (!chains.get(i).isEmpty()) {
                Collections.reverse(chains.get(i));
                Collections.reverse(stepIds.get(i));
                replay(space, chains.get(i), stepIds.get(i), steps);
            }
            if (f.stepId() != Violation.NO_STEP) {
                Location where = f.offset() >= 0 ? space.locate(f.offset()) : null;
                steps.add(new TraceStep(f.stepName() == null ? "step" : f.stepName(), where, 0, null));
            }
            traces.add(steps);
        }
        return traces;
    }

    private static void replay(StateSpace space, List<Long> chain, List<Integer> stepIds, List<TraceStep> steps) {
        Cursor cursor = space.cursor();
        Hit hit = new Hit();
        long first = chain.get(0);
        try {
            cursor.initialStates((step, fp, bytes, off, len) -> hit.take(fp, first, bytes, off, len, null, null));
        } catch (Hit.Found found) {
            // the initial state of the trace
        }
        if (hit.bytes == null) {
            throw new IllegalStateException("no initial state has the fingerprint " + Long.toHexString(first));
        }
        byte[] prev = hit.bytes;
        steps.add(new TraceStep("Init", null, first, cursor.view(prev, 0, prev.length)));
        for (int i = 1; i < chain.size(); i++) {
            long child = chain.get(i);
            hit.bytes = null;
            cursor.load(chain.get(i - 1), prev, 0, prev.length);
            try {
                cursor.runStep(stepIds.get(i), (step, fp, bytes, off, len) ->
                        hit.take(fp, child, bytes, off, len, cursor.stepName(step), cursor.stepLocation(step)));
            } catch (Hit.Found found) {
                // the branch that leads to the child
            } catch (ModelError e) {
                // another branch of the step fails; the one looked for may have come before it
            }
            if (hit.bytes == null) {
                throw new IllegalStateException("re-running step " + stepIds.get(i) + " does not reach the state "
                        + Long.toHexString(child));
            }
            prev = hit.bytes;
            steps.add(new TraceStep(hit.name, hit.location, child, cursor.view(prev, 0, prev.length)));
        }
    }

    /** The branch looked for: its bytes, name and place once found. */
    private static final class Hit {
        byte[] bytes;
        String name;
        Location location;

        void take(long fp, long wanted, byte[] b, int off, int len, String stepName, Location at) {
            if (fp != wanted) {
                return;
            }
            bytes = java.util.Arrays.copyOfRange(b, off, off + len);
            name = stepName;
            location = at;
            throw new Found();
        }

        /** Stops the re-run at the branch looked for. */
        static final class Found extends RuntimeException {
            private static final long serialVersionUID = 1L;

            Found() {
                super(null, null, false, false);
            }
        }
    }
}
