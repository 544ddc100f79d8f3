package dev.ariadne.cli;

import dev.ariadne.cli.report.HtmlReport;
import dev.ariadne.storage.StateStore;
import dev.ariadne.result.TraceStep;
import dev.ariadne.lang.compile.Program;

import java.util.List;

/** What the commands hand the HTML report: the JSON report's text and, for a small run, its state graph's. */
final class HtmlPages {
    private HtmlPages() {
    }

    static String page(String model, String jsonReport, List<String> graphs) {
        return HtmlReport.page(model, jsonReport, graphs);
    }

    /** The graph export's JSON of a run of at most {@link HtmlReport#GRAPH_LIMIT} states, else null. */
    static String graph(Program program, StateStore store, String model, String storeShown, List<TraceStep> trace) {
        if (store.size() > HtmlReport.GRAPH_LIMIT) {
            return null;
        }
        return GraphExport.of(program, store, HtmlReport.GRAPH_LIMIT, trace).json(model, storeShown, false);
    }
}
