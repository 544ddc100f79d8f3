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
        List<TraceStep> steps = new ArrayList<>();
        if (f.stateFp() != NO_PARENT) {
            List<Long> chain = new ArrayList<>();
            List<Integer> stepIds = new ArrayList<>();
            long at = f.stateFp();
            while (true) {
                long[] r = search.lookup(new long[] {at}).get(0);
                if (r == null || chain.size() > f.depth() + 1) {
                    throw new IllegalStateException("the state " + Long.toHexString(at) + " on a trace is not in its"
                            + " partition");
                }
                chain.add(at);
                stepIds.add((int) r[1]);
                if (r[1] == StateSpace.INIT_STEP) {
                    break;
                }
                at = r[0];
            }
            Collections.reverse(chain);
            Collections.reverse(stepIds);
            replay(space, chain, stepIds, steps);
        }
        if (f.stepId() != Violation.NO_STEP) {
            Location where = f.offset() >= 0 ? space.locate(f.offset()) : null;
            steps.add(new TraceStep(f.stepName() == null ? "step" : f.stepName(), where, 0, null));
        }
        return steps;
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
