package dev.ariadne.explore;

import dev.ariadne.expand.BatchResult;
import dev.ariadne.expand.ExploreOptions;
import dev.ariadne.result.PropertyVerdict;
import dev.ariadne.result.Status;
import dev.ariadne.result.Violation;
import dev.ariadne.result.ViolationKind;
import dev.ariadne.storage.DamagedStoreException;
import dev.ariadne.storage.StateRecord;
import dev.ariadne.storage.StateStore;
import dev.ariadne.liveness.GraphFile;
import dev.ariadne.liveness.LivenessChecker;
import dev.ariadne.liveness.PropertyInstances;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The temporal properties of one run, on the coordinator's side: it appends each merged
 * state's record to the run's {@link GraphFile}, keeps the file in step with checkpoints,
 * and once the exploration is complete checks the properties on the graph. A run with no
 * temporal property opens no file and pays nothing.
 */
final class LivenessPhase implements AutoCloseable {
    private final PropertyInstances properties;
    /** Whether the space has state constraints (states kept but not expanded). */
    private final boolean constrained;
    private GraphFile graph;
    /** Why the properties cannot be checked in this run, or null. */
    private String unavailable;
    private boolean done;
    private final List<String> violated = new ArrayList<>();

    private LivenessPhase(PropertyInstances properties, boolean constrained, GraphFile graph) {
        this.properties = properties;
        this.constrained = constrained;
        this.graph = graph;
    }

    /** Evaluates the properties' parameter domains (which may fail like any model code) and opens the graph. */
    static LivenessPhase open(Supplier<PropertyInstances> properties, boolean constrained, StateStore store) {
        PropertyInstances props = properties.get();
        if (!props.hasTemporal()) {
            return new LivenessPhase(props, constrained, null);
        }
        try {
            GraphFile graph = GraphFile.open(store.directory());
            if (store.size() == 0 && graph.length() > 0) {
                // Left by a session that stopped before a checkpoint with states: the run starts again.
                graph.truncate(0, 0);
            }
            return new LivenessPhase(props, constrained, graph);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the state graph of the run: " + e.getMessage(), e);
        }
    }

    boolean recording() {
        return graph != null;
    }

    boolean done() {
        return done;
    }

    /** Back to the last checkpoint: the graph is cut to what that checkpoint recorded. */
    void resume(CheckpointState cs, long expanded, StateStore store) {
        done = cs.livenessDone;
        violated.addAll(cs.livenessViolated);
        if (graph == null) {
            return;
        }
        if (cs.graphRecords != expanded) {
            // a run begun by a version of Ariadne that did not record the graph: it cannot be rebuilt
            unavailable = "the run's state graph was not recorded from its start (" + cs.graphRecords + " of "
                    + expanded + " states); check the model again to check its properties";
            close();
            graph = null;
            return;
        }
        try {
            graph.truncate(cs.graphBytes, cs.graphRecords);
        } catch (IOException e) {
            throw new DamagedStoreException(store, DamagedStoreException.Part.GRAPH, e.getMessage());
        }
    }

    /** Appends state {@code i} of a merged batch. */
    void record(BatchResult r, int i) {
        if (graph == null) {
            return;
        }
        try {
            r.live().appendTo(graph, i);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the state graph '" + graph.path() + "': " + e.getMessage(), e);
        }
    }

    /** Makes the graph durable up to the checkpoint about to be written, and says how long it is. */
    void beforeCheckpoint(CheckpointState cs) {
        cs.livenessDone = done;
        cs.livenessViolated.addAll(violated);
        if (graph == null) {
            return;
        }
        try {
            graph.sync();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the state graph '" + graph.path() + "': " + e.getMessage(), e);
        }
        cs.graphBytes = graph.length();
        cs.graphRecords = graph.records();
    }

    /**
     * Checks the properties and adds their violations to {@code violations}: like safety
     * violations, the first one's lasso unless {@code keepGoing} (every instance's verdict is
     * kept anyway). False when the run was asked to stop first.
     */
    boolean checkInto(List<Violation> violations, StateStore store, List<Long> levelStarts, int threads,
                      BooleanSupplier stop, Consumer<String> note, boolean keepGoing) {
        int[] levels = levelStarts.stream().mapToInt(Math::toIntExact).toArray();
        try {
            List<Violation> found = check(store, levels, threads, stop, note);
            violations.addAll(keepGoing || found.isEmpty() ? found : found.subList(0, 1));
            return true;
        } catch (LivenessChecker.Interrupted e) {
            return false;
        }
    }

    /**
     * Checks every temporal property on the complete graph: one violation per property
     * instance that does not hold, in declaration order (all are remembered for the verdicts).
     *
     * @param levels the first state of each depth
     */
    List<Violation> check(StateStore store, int[] levels, int threads, BooleanSupplier stop, Consumer<String> note)
            throws LivenessChecker.Interrupted {
        LivenessChecker.Tree tree = fp -> {
            StateRecord r = store.record(fp);
            return new LivenessChecker.Link(r.parentFp() == StateRecord.NO_PARENT, r.parentFp(), r.stepId());
        };
        store.flush();
        int n = properties.temporal().size();
        note.accept("checking " + n + (n == 1 ? " temporal property" : " temporal properties") + " on the state graph ("
                + String.format(java.util.Locale.US, "%,d", graph.length()) + " bytes)");
        long wall = System.nanoTime();
        long cpu = CpuTime.process();
        List<LivenessChecker.Outcome> outcomes;
        try {
            outcomes = LivenessChecker.check(graph, properties, Math.toIntExact(store.size()), store::fingerprintAt,
                    levels, tree, threads, stop, note);
            double secs = (System.nanoTime() - wall) / 1e9;
            note.accept(String.format(java.util.Locale.US, "temporal properties checked in %.2f s, %.1f cores busy",
                    secs, secs > 0 ? (CpuTime.process() - cpu) / 1e9 / secs : 0));
        } catch (IOException e) {
            throw new DamagedStoreException(store, DamagedStoreException.Part.GRAPH, e.getMessage());
        }
        List<Violation> out = new ArrayList<>();
        for (LivenessChecker.Outcome o : outcomes) {
            if (o.lasso() != null) {
                var i = o.instance();
                long last = o.lasso().fps()[o.lasso().fps().length - 1];
                violated.add(i.name());
                out.add(new Violation(ViolationKind.LIVENESS, i.name(), "property '" + i.name() + "' is violated: "
                        + what(i), i.info().offset(), last, Violation.NO_STEP, null, List.of(), o.lasso()));
            }
        }
        done = true;
        return out;
    }

    private static String what(PropertyInstances.Instance i) {
        return switch (i.form()) {
            case EVENTUALLY -> "in this fair behaviour its condition never holds";
            case ALWAYS_EVENTUALLY -> "in this fair behaviour its condition stops holding for ever";
            case EVENTUALLY_ALWAYS -> "in this fair behaviour its condition is false again and again";
            case LEADS_TO -> "in this fair behaviour its left side holds and its right side never does afterwards";
            case ALWAYS -> "it does not hold in this state";
        };
    }

    /** The verdict on every property instance, given how the run ended and whether every state was expanded. */
    List<PropertyVerdict> verdicts(List<Violation> violations, boolean complete, Status status, ExploreOptions options) {
        String cut = cutReason(status);
        String bounded = boundedNote(options);
        List<PropertyVerdict> out = new ArrayList<>();
        for (PropertyInstances.Instance i : properties.all()) {
            boolean temporal = i.temporal();
            ViolationKind kind = temporal ? ViolationKind.LIVENESS : ViolationKind.INVARIANT;
            boolean violated = temporal ? this.violated.contains(i.name())
                    : violations.stream().anyMatch(v -> v.kind() == kind && i.name().equals(v.name()));
            PropertyVerdict.Verdict verdict;
            String note = null;
            if (violated) {
                verdict = PropertyVerdict.Verdict.VIOLATED;
            } else if (temporal ? done : complete) {
                verdict = PropertyVerdict.Verdict.HOLDS;
                note = temporal ? bounded : null;
            } else {
                verdict = PropertyVerdict.Verdict.NOT_CHECKED;
                note = temporal && unavailable != null ? unavailable : cut;
            }
            if (verdict == PropertyVerdict.Verdict.VIOLATED && temporal) {
                note = bounded;
            }
            out.add(new PropertyVerdict(i.name(), i.form().text, verdict, note));
        }
        return out;
    }

    private static String cutReason(Status status) {
        if (status == Status.INTERRUPTED) {
            return "the run was interrupted before it was checked";
        }
        if (status == Status.FAILED) {
            return "the run failed";
        }
        return "the check stopped at the first violation (--continue checks the rest)";
    }

    /** A caveat for properties checked on a graph that constraints or the depth bound cut short. */
    private String boundedNote(ExploreOptions options) {
        if (options.search().maxDepth() <= 0 && !constrained) {
            return null;
        }
        return "checked on a bounded state graph (" + (options.search().maxDepth() > 0 ? "--max-depth" : "constraint")
                + "): states not expanded may only stutter, which can hide or invent violations";
    }

    @Override
    public void close() {
        if (graph != null) {
            try {
                graph.close();
            } catch (IOException e) {
                // the run's result stands; the file is rewritten from the checkpoint on resume
            }
        }
    }
}
