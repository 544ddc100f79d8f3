package dev.ariadne.cli;

import dev.ariadne.result.CheckResult;
import dev.ariadne.result.PropertyVerdict;
import dev.ariadne.result.Status;
import dev.ariadne.result.TraceStep;
import dev.ariadne.result.Violation;
import dev.ariadne.lang.compile.Program;
import dev.ariadne.snapshot.Fingerprint;

import java.util.List;

/**
 * The machine-readable reports (CLI.md's shape): {@code check} and {@code resume} write
 * {@code {"status", "runs": [...]}}; {@code trace} writes the violations or the trace to a
 * state of one run. Values in states follow {@link ValueJson}.
 */
final class JsonReport {
    private JsonReport() {
    }

    /** The report of the runs of one invocation; the top status is the most severe of theirs. */
    static String runs(List<RunSummary> runs) {
        JsonWriter w = new JsonWriter();
        Status top = Status.OK;
        for (RunSummary r : runs) {
            if (ExitCodes.worst(ExitCodes.of(r.result().status()), ExitCodes.of(top)) != ExitCodes.of(top)) {
                top = r.result().status();
            }
        }
        w.beginObject().name("status").value(top.label).name("runs").beginArray();
        for (RunSummary r : runs) {
            run(w, r);
        }
        w.endArray().endObject();
        return w + "\n";
    }

    private static void run(JsonWriter w, RunSummary r) {
        CheckResult res = r.result();
        w.beginObject();
        w.name("model").value(r.model());
        w.name("constants").inline();
        ValueJson.writeValues(w, r.constants());
        w.name("status").value(res.status().label);
        w.name("distinct_states").value(res.distinct());
        w.name("generated_states").value(res.generated());
        w.name("depth").value(res.depth());
        w.name("queue_left").value(res.queueLeft());
        w.name("elapsed_seconds").value(res.elapsedSeconds());
        w.name("workers").value(r.workers());
        w.name("isolation").value(r.isolation());
        w.name("store").value(r.store());
        properties(w, res.properties());
        if (!res.violations().isEmpty()) {
            w.name("violations_found").value(Math.max(res.violationCount(), res.violations().size()));
            w.name("violations_capped").value(res.capped());
        }
        violations(w, r.program(), res.violations(), r.traces());
        if (res.coverage() != null) {
            CoverageText.json(w.name("coverage"), res.coverage());
        }
        w.endObject();
    }

    /** {@code "violation"}: the first; with several ({@code --continue}), {@code "violations"}: all of them. */
    private static void violations(JsonWriter w, Program program, List<Violation> vs, List<List<TraceStep>> traces) {
        if (vs.isEmpty()) {
            return;
        }
        violation(w.name("violation"), program, vs.get(0), traces.get(0));
        if (vs.size() > 1) {
            w.name("violations").beginArray();
            for (int i = 0; i < vs.size(); i++) {
                violation(w, program, vs.get(i), traces.get(i));
            }
            w.endArray();
        }
    }

    static void violation(JsonWriter w, Program program, Violation v, List<TraceStep> trace) {
        w.beginObject();
        w.name("kind").value(v.kind().label);
        w.name("name").value(v.name());
        w.name("message").value(v.message());
        w.name("location").value(v.offset() >= 0 ? program.source().location(v.offset()).toString() : null);
        if (!v.traceback().isEmpty()) {
            w.name("traceback").inline().beginArray();
            v.traceback().forEach(w::value);
            w.endArray();
        }
        trace(w.name("trace"), trace);
        if (v.lasso() != null) {
            w.name("loop_index");
            if (v.lasso().stutters()) {
                w.nullValue();
            } else {
                w.value(v.lasso().loopTo());
            }
            w.name("stutters").value(v.lasso().stutters());
        }
        w.endObject();
    }

    /** {@code "properties"}: every property instance of the run with its verdict. */
    private static void properties(JsonWriter w, List<PropertyVerdict> verdicts) {
        if (verdicts.isEmpty()) {
            return;
        }
        w.name("properties").beginArray();
        for (PropertyVerdict p : verdicts) {
            w.inline().beginObject();
            w.name("name").value(p.name());
            w.name("formula").value(p.formula());
            w.name("verdict").value(p.verdict().label);
            if (p.note() != null) {
                w.name("note").value(p.note());
            }
            w.endObject();
        }
        w.endArray();
    }

    private static void trace(JsonWriter w, List<TraceStep> steps) {
        w.beginArray();
        for (TraceStep s : steps) {
            w.inline().beginObject();
            w.name("step").value(s.name());
            w.name("location").value(s.location() == null ? null : s.location().toString());
            if (s.state() == null) {
                w.name("state").nullValue();
            } else {
                ValueJson.writeState(w.name("state"), s.state());
            }
            w.endObject();
        }
        w.endArray();
    }

    /** {@code trace RUN_DIR --json}: the run's violations with their traces. */
    static String violations(String model, String store, Status status, Program program, List<Violation> vs,
                             List<List<TraceStep>> traces) {
        JsonWriter w = new JsonWriter();
        w.beginObject().name("model").value(model).name("store").value(store).name("status").value(status.label);
        violations(w, program, vs, traces);
        w.endObject();
        return w + "\n";
    }

    /** {@code trace RUN_DIR --state FP --json}: the trace to one stored state. */
    static String stateTrace(String model, String store, long fp, List<TraceStep> steps) {
        JsonWriter w = new JsonWriter();
        w.beginObject().name("model").value(model).name("store").value(store)
                .name("state").value(Fingerprint.hex(fp));
        trace(w.name("trace"), steps);
        w.endObject();
        return w + "\n";
    }
}
