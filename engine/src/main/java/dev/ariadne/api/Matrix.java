package dev.ariadne.api;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/** A {@code --const} matrix: every combination of the values given for each constant, and how runs are named. */
public final class Matrix {
    /** The file in a matrix's run directory that lists its runs' directories, one per line. */
    public static final String INDEX = "matrix.runs";

    private Matrix() {
    }

    /** The combinations in command-line order: the first constant varies slowest. */
    public static List<Map<String, String>> combinations(Map<String, List<String>> values) {
        List<Map<String, String>> out = new ArrayList<>();
        out.add(new LinkedHashMap<>());
        for (Map.Entry<String, List<String>> e : values.entrySet()) {
            List<Map<String, String>> next = new ArrayList<>();
            for (Map<String, String> partial : out) {
                for (String v : e.getValue()) {
                    Map<String, String> m = new LinkedHashMap<>(partial);
                    m.put(e.getKey(), v);
                    next.add(m);
                }
            }
            out = next;
        }
        return out;
    }

    /** {@code N=3 M=2}: how a run of the matrix is shown. */
    public static String label(Map<String, String> combination) {
        StringJoiner j = new StringJoiner(" ");
        combination.forEach((k, v) -> j.add(k + "=" + v));
        return j.toString();
    }

    /** {@code N=3,M=2}, with anything a file name should not hold replaced by '_'. */
    public static String directoryName(Map<String, String> combination) {
        StringJoiner j = new StringJoiner(",");
        combination.forEach((k, v) -> j.add(k + "=" + v));
        String name = j.toString().replaceAll("[^A-Za-z0-9=,._+-]", "_");
        return name.length() > 100 ? name.substring(0, 100) : name;
    }
}
