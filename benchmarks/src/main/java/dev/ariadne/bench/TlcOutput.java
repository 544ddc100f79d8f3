package dev.ariadne.bench;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What TLC 2.18 printed: its verdict, the distinct and generated counts, the depth, its own
 * fingerprint-collision estimate, and the heap it was given; read from its standard output.
 *
 * @param status   {@code ok} ("No error has been found"), {@code error} (an {@code Error:} line), or null
 */
record TlcOutput(String version, String status, Long distinct, Long generated, Long depth, Double collision,
                 Long heapMb, Long offHeapMb, String firstError) {

    // "2744706 states generated, 296448 distinct states found, 0 states left on queue."
    private static final Pattern COUNTS =
            Pattern.compile("^([\\d,]+) states generated, ([\\d,]+) distinct states found, ([\\d,]+) states left on queue");
    private static final Pattern DEPTH = Pattern.compile("depth of the complete state graph search is (\\d+)");
    private static final Pattern CALCULATED = Pattern.compile("calculated \\(optimistic\\):\\s*val = ([0-9.Ee+-]+)");
    private static final Pattern MEMORY = Pattern.compile("with (\\d+)MB heap and (\\d+)MB offheap memory");

    static TlcOutput parse(List<String> lines) {
        String version = null;
        String status = null;
        Long distinct = null;
        Long generated = null;
        Long depth = null;
        Double collision = null;
        Long heap = null;
        Long offHeap = null;
        String error = null;
        for (String line : lines) {
            Matcher m;
            if (version == null && line.startsWith("TLC2 Version")) {
                version = line.trim();
            } else if (line.contains("No error has been found")) {
                status = status == null ? "ok" : status;
            } else if (line.startsWith("Error:")) {
                status = "error";
                error = error == null ? line.trim() : error;
            } else if ((m = COUNTS.matcher(line)).find()) {
                generated = number(m.group(1));
                distinct = number(m.group(2));
            } else if ((m = DEPTH.matcher(line)).find()) {
                depth = Long.parseLong(m.group(1));
            } else if ((m = CALCULATED.matcher(line)).find()) {
                collision = Double.parseDouble(m.group(1));
            } else if ((m = MEMORY.matcher(line)).find()) {
                heap = Long.parseLong(m.group(1));
                offHeap = Long.parseLong(m.group(2));
            }
        }
        return new TlcOutput(version, status, distinct, generated, depth, collision, heap, offHeap, error);
    }

    private static long number(String s) {
        return Long.parseLong(s.replace(",", ""));
    }

    /** The line where TLC starts its search ({@code Starting... (date)}). */
    static boolean isStart(String line) {
        return line.startsWith("Starting...");
    }

    /** The line TLC prints when the search is over ({@code Finished in 15s at (date)}). */
    static boolean isEnd(String line) {
        return line.startsWith("Finished in ");
    }
}
