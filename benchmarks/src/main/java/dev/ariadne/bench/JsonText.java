package dev.ariadne.bench;

import dev.ariadne.cli.Json;

import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes a tree of maps, lists, strings, numbers, booleans and nulls as indented JSON;
 * lists of scalars stay on one line so the results file reads well.
 */
public final class JsonText {
    private final StringBuilder out = new StringBuilder();

    private JsonText() {
    }

    public static String write(Object value) {
        JsonText w = new JsonText();
        w.value(value, 0);
        return w.out.append('\n').toString();
    }

    private void value(Object v, int indent) {
        if (v == null) {
            out.append("null");
        } else if (v instanceof String s) {
            out.append(Json.quote(s));
        } else if (v instanceof Boolean b) {
            out.append(b);
        } else if (v instanceof Double || v instanceof Float) {
            double d = ((Number) v).doubleValue();
            // JSON has no NaN or infinity: a measurement that could not be made is null.
            out.append(Double.isFinite(d) ? number(d) : "null");
        } else if (v instanceof Number n) {
            out.append(n.longValue());
        } else if (v instanceof Map<?, ?> m) {
            object(m, indent);
        } else if (v instanceof List<?> l) {
            array(l, indent);
        } else if (v instanceof Enum<?> e) {
            out.append(Json.quote(e.name().toLowerCase(Locale.ROOT)));
        } else {
            out.append(Json.quote(v.toString()));
        }
    }

    private static String number(double d) {
        if (d == Math.rint(d) && Math.abs(d) < 1e15) {
            return Long.toString((long) d);
        }
        // Enough digits for any measurement here, without the noise of the shortest repr.
        String s = Math.abs(d) >= 1e-3 ? String.format(Locale.ROOT, "%.6f", d) : String.format(Locale.ROOT, "%.6e", d);
        if (s.contains(".") && !s.contains("e")) {
            s = s.replaceAll("0+$", "").replaceAll("\\.$", "");
        }
        return s;
    }

    private void object(Map<?, ?> m, int indent) {
        if (m.isEmpty()) {
            out.append("{}");
            return;
        }
        out.append("{\n");
        Iterator<? extends Map.Entry<?, ?>> it = m.entrySet().iterator();
        while (it.hasNext()) {
            Map.Entry<?, ?> e = it.next();
            pad(indent + 1);
            out.append(Json.quote(String.valueOf(e.getKey())));
            out.append(": ");
            value(e.getValue(), indent + 1);
            out.append(it.hasNext() ? ",\n" : "\n");
        }
        pad(indent);
        out.append('}');
    }

    private void array(List<?> l, int indent) {
        boolean flat = l.stream().noneMatch(x -> x instanceof Map || x instanceof List);
        if (flat) {
            out.append('[');
            for (int i = 0; i < l.size(); i++) {
                if (i > 0) {
                    out.append(", ");
                }
                value(l.get(i), indent);
            }
            out.append(']');
            return;
        }
        out.append("[\n");
        for (int i = 0; i < l.size(); i++) {
            pad(indent + 1);
            value(l.get(i), indent + 1);
            out.append(i + 1 < l.size() ? ",\n" : "\n");
        }
        pad(indent);
        out.append(']');
    }

    private void pad(int indent) {
        out.append("  ".repeat(indent));
    }
}
