package dev.ariadne.explore;

import dev.ariadne.lang.compile.Program;
import dev.ariadne.lang.syntax.Location;
import dev.ariadne.space.Cursor;
import dev.ariadne.space.ModelError;
import dev.ariadne.space.StateSpace;
import dev.ariadne.space.lang.LanguageSpace;
import dev.ariadne.storage.DamagedStoreException;
import dev.ariadne.storage.StateRecord;
import dev.ariadne.storage.StateStore;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A part of a stored run's state graph, its edges rebuilt by re-running every step from each
 * chosen state's snapshot and fingerprinting the successors (a store keeps one parent per
 * state, not every transition, and the liveness graph file exists only for runs with
 * temporal properties). The states are the ones asked for first (a trace), then the others
 * in discovery order, so a cut graph is the trace with the breadth-first neighbourhood of
 * the initial states; edges are those between chosen states, labelled by their step.
 *
 * @param nodes      the chosen states, each once
 * @param edges      the transitions between chosen states, each once (self-loops included)
 * @param stored     how many states the run stored in all
 * @param edgesOut   transitions from a chosen state to a stored state that was not chosen
 * @param complete   whether every stored state was chosen and expanded (the graph is the run's whole graph)
 */
public record StateGraph(List<Node> nodes, List<Edge> edges, long stored, long edgesOut, boolean complete) {

    /** A state of the graph: its fingerprint, discovery number and depth (1 for an initial state). */
    public record Node(long fp, long seq, int depth, boolean initial) {
    }

    /** A transition: from and to fingerprints, the step's name and where the step is declared (or null). */
    public record Edge(long from, long to, String step, Location location) {
    }

    /**
     * Rebuilds the graph of at most {@code maxStates} states of a store.
     *
     * @param expanded how many states (in discovery order) the run expanded; later ones are the
     *                 frontier, whose successors were never explored, so they get no edges
     * @param first    fingerprints to choose before all others (a trace's states), in order
     */
    public static StateGraph rebuild(Program program, StateStore store, long expanded, int maxStates, long[] first) {
        Map<Long, Node> chosen = new LinkedHashMap<>();
        for (long fp : first) {
            StateRecord r = store.record(fp);
            if (r != null && chosen.size() < maxStates) {
                chosen.putIfAbsent(fp, node(fp, r));
            }
        }
        long size = store.size();
        for (long seq = 0; seq < size && chosen.size() < maxStates; seq++) {
            long fp = store.fingerprintAt(seq);
            if (!chosen.containsKey(fp)) {
                StateRecord r = store.record(fp);
                if (r == null) {
                    throw new DamagedStoreException(store, DamagedStoreException.Part.ORDER,
                            "state number " + seq + " has no record");
                }
                chosen.put(fp, node(fp, r));
            }
        }
        StateSpace space = LanguageSpace.of(program);
        Cursor cursor = space.cursor();
        Set<Edge> edges = new LinkedHashSet<>();
        long[] out = {0};
        for (Node n : chosen.values()) {
            if (n.seq() >= expanded) {
                continue;
            }
            Snapshots.load(store, space, cursor, n.fp());
            try {
                if (!cursor.expandable()) {
                    continue; // the explorer did not go on from a state outside the constraint
                }
            } catch (ModelError e) {
                continue;
            }
            for (int step = 0; step < cursor.stepCount(); step++) {
                try {
                    cursor.runStep(step, (id, to, bytes, off, len) -> {
                        if (chosen.containsKey(to)) {
                            edges.add(new Edge(n.fp(), to, cursor.stepName(id), cursor.stepLocation(id)));
                        } else if (store.record(to) != null) {
                            out[0]++;
                        }
                    });
                } catch (ModelError e) {
                    // a step that fails leads to no state: the check reported it as a violation
                }
            }
        }
        boolean complete = chosen.size() == size && expanded >= size;
        return new StateGraph(List.copyOf(chosen.values()), new ArrayList<>(edges), size, out[0], complete);
    }

    private static Node node(long fp, StateRecord r) {
        return new Node(fp, r.seq(), r.depth(), r.parentFp() == StateRecord.NO_PARENT);
    }
}
