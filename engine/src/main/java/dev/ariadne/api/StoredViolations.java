package dev.ariadne.api;

import dev.ariadne.result.Violation;
import dev.ariadne.result.ViolationText;

import java.util.ArrayList;
import java.util.List;

/**
 * The violations of a run as one metadata value, so that {@code trace} finds them without
 * exploring: one line per violation, tab-separated fields, texts in base64.
 */
public final class StoredViolations {
    private StoredViolations() {
    }

    public static String write(List<Violation> violations) {
        StringBuilder b = new StringBuilder();
        for (Violation v : violations) {
            b.append(ViolationText.fields(v)).append('\n');
        }
        return b.toString();
    }

    /** The violations written by {@link #write}; throws {@link IllegalArgumentException} on anything else. */
    public static List<Violation> read(String text) {
        List<Violation> out = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return out;
        }
        for (String line : text.split("\n")) {
            out.add(ViolationText.parse(line.split("\t", -1), 0));
        }
        return out;
    }
}
