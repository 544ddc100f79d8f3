package dev.ariadne.cli;

import dev.ariadne.explore.Violation;
import dev.ariadne.explore.ViolationKind;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * The violations of a run as one metadata value, so that {@code trace} finds them without
 * exploring: one line per violation, tab-separated fields, texts in base64.
 */
final class StoredViolations {
    private StoredViolations() {
    }

    static String write(List<Violation> violations) {
        StringBuilder b = new StringBuilder();
        for (Violation v : violations) {
            b.append(v.kind().name()).append('\t').append(enc(v.name())).append('\t').append(enc(v.message()))
                    .append('\t').append(v.offset()).append('\t').append(v.stateFp()).append('\t').append(v.stepId())
                    .append('\t').append(enc(v.stepName())).append('\t').append(enc(String.join("\n", v.traceback())))
                    .append('\n');
        }
        return b.toString();
    }

    /** The violations written by {@link #write}; throws {@link IllegalArgumentException} on anything else. */
    static List<Violation> read(String text) {
        List<Violation> out = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return out;
        }
        for (String line : text.split("\n")) {
            String[] f = line.split("\t", -1);
            if (f.length != 8) {
                throw new IllegalArgumentException("a stored violation has " + f.length + " fields, not 8");
            }
            String tb = dec(f[7]);
            out.add(new Violation(ViolationKind.valueOf(f[0]), dec(f[1]), dec(f[2]), Integer.parseInt(f[3]),
                    Long.parseLong(f[4]), Integer.parseInt(f[5]), dec(f[6]),
                    tb == null || tb.isEmpty() ? List.of() : List.of(tb.split("\n"))));
        }
        return out;
    }

    private static String enc(String s) {
        return s == null ? "-" : Base64.getEncoder().encodeToString(s.getBytes(StandardCharsets.UTF_8));
    }

    private static String dec(String s) {
        return s.equals("-") ? null : new String(Base64.getDecoder().decode(s), StandardCharsets.UTF_8);
    }
}
