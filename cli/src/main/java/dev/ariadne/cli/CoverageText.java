package dev.ariadne.cli;

import dev.ariadne.result.CoverageReport;

import java.io.PrintStream;
import java.util.Locale;

/** The coverage report for people: a table of actions and labels, what was never enabled, and variables. */
final class CoverageText {
    private CoverageText() {
    }

    static void print(PrintStream out, CoverageReport c) {
        out.println();
        out.println("Coverage:");
        int width = 12;
        for (CoverageReport.Step s : c.steps()) {
            width = Math.max(width, s.kind().length() + 1 + s.name().length());
        }
        out.println(String.format(Locale.US, "  %-" + width + "s %12s %12s %12s", "step", "enabled", "taken",
                "new states"));
        for (CoverageReport.Step s : c.steps()) {
            out.println(String.format(Locale.US, "  %-" + width + "s %,12d %,12d %12s", s.kind() + " " + s.name(),
                    s.enabled(), s.taken(), s.produced() < 0 ? "-" : String.format(Locale.US, "%,d", s.produced())));
        }
        if (!c.neverEnabled().isEmpty()) {
            out.println("  never enabled:");
            for (CoverageReport.Step s : c.neverEnabled()) {
                out.println("    " + s.location() + ": " + s.kind() + " " + s.name());
            }
        }
        out.println("  distinct values per variable (estimated):");
        for (CoverageReport.Variable v : c.variables()) {
            out.println(String.format(Locale.US, "    %s: %,d", v.name(), v.distinct()));
        }
    }

    /** The report as a JSON object ({@code "coverage"} of the JSON reports). */
    static void json(JsonWriter w, CoverageReport c) {
        w.beginObject().name("steps").beginArray();
        for (CoverageReport.Step s : c.steps()) {
            w.beginObject().name("kind").value(s.kind()).name("name").value(s.name()).name("location")
                    .value(s.location()).name("enabled").value(s.enabled()).name("taken").value(s.taken());
            if (s.produced() >= 0) {
                w.name("new_states").value(s.produced());
            }
            w.endObject();
        }
        w.endArray().name("never_enabled").beginArray();
        for (CoverageReport.Step s : c.neverEnabled()) {
            w.value(s.location() + ": " + s.kind() + " " + s.name());
        }
        w.endArray().name("variables").beginObject();
        for (CoverageReport.Variable v : c.variables()) {
            w.name(v.name()).value(v.distinct());
        }
        w.endObject().endObject();
    }
}
