package dev.ariadne.cli;

import dev.ariadne.lang.compile.Program;
import dev.ariadne.result.Status;
import dev.ariadne.result.TraceStep;
import dev.ariadne.simulate.SimulationResult;

import java.util.List;

/** The JSON report of {@code simulate}: its counts, its violation with the trace (as {@code check}'s), its coverage. */
final class SimulationJson {
    private SimulationJson() {
    }

    static String report(String model, Program program, long seed, int workers, SimulationResult r, Status status,
                         List<TraceStep> trace, String store) {
        JsonWriter w = new JsonWriter();
        w.beginObject();
        w.name("model").value(model);
        w.name("constants").inline();
        ValueJson.writeValues(w, RunSummary.constants(program));
        w.name("status").value(status.label);
        w.name("seed").value(seed);
        w.name("workers").value(workers);
        w.name("behaviours").value(r.behaviours());
        w.name("states").value(r.states());
        w.name("states_per_second").value(r.states() / Math.max(r.elapsedSeconds(), 1e-9));
        w.name("distinct_states_estimate").value(r.distinct());
        w.name("longest_behaviour").value(r.longest());
        w.name("elapsed_seconds").value(r.elapsedSeconds());
        if (r.violation() != null) {
            w.name("behaviour").value(r.behaviour());
            w.name("store").value(store);
            JsonReport.violation(w.name("violation"), program, r.violation(), trace);
        }
        if (r.coverage() != null) {
            CoverageText.json(w.name("coverage"), r.coverage());
        }
        w.endObject();
        return w + "\n";
    }
}
