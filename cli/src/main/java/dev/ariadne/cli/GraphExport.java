package dev.ariadne.cli;

import dev.ariadne.storage.Checkpoint;
import dev.ariadne.explore.StateGraph;
import dev.ariadne.storage.StateStore;
import dev.ariadne.explore.TraceBuilder;
import dev.ariadne.result.TraceStep;
import dev.ariadne.lang.compile.Program;
import dev.ariadne.snapshot.Fingerprint;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A stored run's state graph written out: as Graphviz DOT or as JSON (with each state's
 * values, as in the JSON report). The states of a trace given are chosen first and marked,
 * so a graph cut at {@code --max-states} is the trace and its neighbourhood.
 */
final class GraphExport {
    private final Program program;
    private final StateStore store;
    private final StateGraph graph;
    private final Set<Long> onTrace = new HashSet<>();
    private final List<TraceStep> trace;

    private GraphExport(Program program, StateStore store, StateGraph graph, List<TraceStep> trace) {
        this.program = program;
        this.store = store;
        this.graph = graph;
        this.trace = trace;
        for (TraceStep s : trace) {
            if (s.state() != null) {
                onTrace.add(s.fingerprint());
            }
        }
    }

    /** The graph of at most {@code maxStates} states of a store, the trace's states (may be empty) first. */
    static GraphExport of(Program program, StateStore store, int maxStates, List<TraceStep> trace) {
        long[] first = trace.stream().filter(s -> s.state() != null).mapToLong(TraceStep::fingerprint).toArray();
        Checkpoint last = store.lastCheckpoint();
        long expanded = last == null ? 0 : last.expanded();
        return new GraphExport(program, store, StateGraph.rebuild(program, store, expanded, maxStates, first), trace);
    }

    StateGraph graph() {
        return graph;
    }

    /** Graphviz: initial states drawn double, the trace's states and the steps between them in red. */
    String dot(String model) {
        StringBuilder out = new StringBuilder();
        out.append("// ").append(summary()).append('\n');
        out.append("digraph ").append(JsonWriter.quote(model)).append(" {\n");
        out.append("  node [shape=box, fontname=\"monospace\", fontsize=10];\n");
        out.append("  edge [fontname=\"monospace\", fontsize=9];\n");
        for (StateGraph.Node n : graph.nodes()) {
            out.append("  s").append(Fingerprint.hex(n.fp())).append(" [label=")
                    .append(JsonWriter.quote("#" + n.seq() + " " + Fingerprint.hex(n.fp()) + "\ndepth " + n.depth()));
            if (n.initial()) {
                out.append(", peripheries=2");
            }
            if (onTrace.contains(n.fp())) {
                out.append(", color=red, penwidth=2");
            }
            out.append("];\n");
        }
        for (StateGraph.Edge e : graph.edges()) {
            out.append("  s").append(Fingerprint.hex(e.from())).append(" -> s").append(Fingerprint.hex(e.to()))
                    .append(" [label=").append(JsonWriter.quote(e.step()));
            if (e.location() != null) {
                out.append(", tooltip=").append(JsonWriter.quote(e.location().toString()));
            }
            if (onTrace.contains(e.from()) && onTrace.contains(e.to())) {
                out.append(", color=red");
            }
            out.append("];\n");
        }
        out.append("}\n");
        return out.toString();
    }

    /**
     * {@code {"model", "store", "states_stored", "complete", "edges_out", "trace", "states", "edges"}}:
     * {@code "trace"} the fingerprints of the first violation's trace (null for a failing step).
     */
    String json(String model, String storeShown, boolean withValues) {
        JsonWriter w = new JsonWriter();
        w.beginObject().name("model").value(model).name("store").value(storeShown);
        w.name("states_stored").value(graph.stored());
        w.name("complete").value(graph.complete());
        w.name("edges_out").value(graph.edgesOut());
        w.name("trace").inline().beginArray();
        for (TraceStep s : trace) {
            if (s.state() == null) {
                w.nullValue();
            } else {
                w.value(Fingerprint.hex(s.fingerprint()));
            }
        }
        w.endArray();
        TraceBuilder views = new TraceBuilder(program, store);
        w.name("states").beginArray();
        for (StateGraph.Node n : graph.nodes()) {
            w.inline().beginObject();
            w.name("id").value(Fingerprint.hex(n.fp()));
            w.name("seq").value(n.seq());
            w.name("depth").value(n.depth());
            w.name("initial").value(n.initial());
            w.name("on_trace").value(onTrace.contains(n.fp()));
            if (withValues) {
                ValueJson.writeState(w.name("state"), views.view(n.fp()));
            }
            w.endObject();
        }
        w.endArray();
        w.name("edges").beginArray();
        for (StateGraph.Edge e : graph.edges()) {
            w.inline().beginObject();
            w.name("from").value(Fingerprint.hex(e.from()));
            w.name("to").value(Fingerprint.hex(e.to()));
            w.name("step").value(e.step());
            w.name("location").value(e.location() == null ? null : e.location().toString());
            w.endObject();
        }
        w.endArray();
        w.endObject();
        return w + "\n";
    }

    private String summary() {
        return graph.nodes().size() + " of " + graph.stored() + " stored states, " + graph.edges().size()
                + " transitions" + (graph.complete() ? " (the whole graph)"
                : " (cut: " + graph.edgesOut() + " transitions lead to states not shown)");
    }
}
