package dev.ariadne.result;

import dev.ariadne.liveness.Lasso;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * A violation as one line of tab-separated fields, strings in base64 so they may hold
 * anything: the form checkpoints and run metadata keep violations in. A lasso, when there
 * is one, is a ninth field; lines of eight fields are read as before.
 */
public final class ViolationText {
    private ViolationText() {
    }

    public static String fields(Violation v) {
        StringBuilder b = new StringBuilder();
        b.append(v.kind().name()).append('\t').append(enc(v.name())).append('\t').append(enc(v.message()))
                .append('\t').append(v.offset()).append('\t').append(v.stateFp()).append('\t').append(v.stepId())
                .append('\t').append(enc(v.stepName())).append('\t').append(enc(String.join("\n", v.traceback())));
        if (v.lasso() != null) {
            b.append('\t').append(v.lasso().encode());
        }
        return b.toString();
    }

    /** The violation in {@code f[from ..]}; throws {@link IllegalArgumentException} on anything else. */
    public static Violation parse(String[] f, int from) {
        int n = f.length - from;
        if (n != 8 && n != 9) {
            throw new IllegalArgumentException("a stored violation has " + n + " fields, not 8 or 9");
        }
        String tb = dec(f[from + 7]);
        return new Violation(ViolationKind.valueOf(f[from]), dec(f[from + 1]), dec(f[from + 2]),
                Integer.parseInt(f[from + 3]), Long.parseLong(f[from + 4]), Integer.parseInt(f[from + 5]),
                dec(f[from + 6]), tb == null || tb.isEmpty() ? List.of() : new ArrayList<>(List.of(tb.split("\n"))),
                n == 9 ? Lasso.decode(f[from + 8]) : null);
    }

    private static String enc(String s) {
        return s == null ? "-" : Base64.getEncoder().encodeToString(s.getBytes(StandardCharsets.UTF_8));
    }

    private static String dec(String s) {
        return s.equals("-") ? null : new String(Base64.getDecoder().decode(s), StandardCharsets.UTF_8);
    }
}
