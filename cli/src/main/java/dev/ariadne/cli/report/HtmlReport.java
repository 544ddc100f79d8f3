package dev.ariadne.cli.report;

import java.util.List;
import java.util.Map;

/**
 * The HTML report: one self-contained page (its script, style, graph library and data
 * inlined) that shows a run's verdict, its properties, each violation's trace step by step
 * with the state's values as trees, and for small runs the state graph. The data are the
 * JSON report's own text (and the graph export's), which the page's script renders.
 */
public final class HtmlReport {
    /** Runs with at most this many stored states get their state graph drawn in the page. */
    public static final int GRAPH_LIMIT = 300;
    private static final String DIR = "/dev/ariadne/cli/report/";
    private static final WebJar CYTOSCAPE = new WebJar("org.webjars.npm", "cytoscape");

    private HtmlReport() {
    }

    /**
     * The page.
     *
     * @param title  what the page is about (the model's path)
     * @param report the JSON report of {@code check} or {@code trace}, as written with {@code --json}
     * @param graphs for each run of the report, the graph export's JSON, or null for none (too large)
     */
    public static String page(String title, String report, List<String> graphs) {
        StringBuilder data = new StringBuilder("{\"report\": ").append(report.strip()).append(", \"graphs\": [");
        for (int i = 0; i < graphs.size(); i++) {
            data.append(i == 0 ? "" : ", ").append(graphs.get(i) == null ? "null" : graphs.get(i).strip());
        }
        data.append("]}");
        Map<String, String> parts = Map.of(
                "TITLE", escapeHtml(title),
                "STYLE", WebJar.resource(DIR + "report.css"),
                "LIBRARY-VERSION", CYTOSCAPE.version(),
                "LIBRARY", inScript(CYTOSCAPE.read("dist/cytoscape.min.js")),
                "DATA", dataInScript(data.toString()),
                "SCRIPT", inScript(WebJar.resource(DIR + "report.js")));
        return fill(WebJar.resource(DIR + "report.html"), parts);
    }

    /** The template with each {@code /*NAME*}{@code /} replaced, in one pass (nothing inserted is read again). */
    static String fill(String template, Map<String, String> parts) {
        StringBuilder out = new StringBuilder(template.length() + 1_000_000);
        int at = 0;
        while (true) {
            int open = template.indexOf("/*", at);
            int close = open < 0 ? -1 : template.indexOf("*/", open + 2);
            if (close < 0) {
                return out.append(template, at, template.length()).toString();
            }
            String part = parts.get(template.substring(open + 2, close));
            out.append(template, at, open).append(part == null ? template.substring(open, close + 2) : part);
            at = close + 2;
        }
    }

    /** Code that can stand inside a script element: no end tag of it in the text. */
    static String inScript(String code) {
        return code.replaceAll("(?i)</script", "<\\\\/script");
    }

    /**
     * JSON that can stand inside a script element: every {@code <} (it can only be in a string) as
     * the escape backslash-u003c, so neither an end tag nor a comment opener can appear in it.
     */
    static String dataInScript(String json) {
        return json.replace("<", "\\u003c");
    }

    static String escapeHtml(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
