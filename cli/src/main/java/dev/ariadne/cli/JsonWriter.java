package dev.ariadne.cli;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The JSON writer of Ariadne's reports and of the benchmark results: streaming, objects
 * and arrays indented two spaces a level, except containers opened with {@link #inline()}
 * (and everything inside them), which stay on one line, so that each state of a trace
 * reads as one line. Strings are escaped per RFC 8259; lone surrogates are written as
 * {@code \\uXXXX} escapes rather than replaced.
 */
public final class JsonWriter {
    private final StringBuilder out = new StringBuilder();
    private final Deque<Frame> stack = new ArrayDeque<>();
    private boolean afterName;
    private boolean nextInline;

    private static final class Frame {
        final boolean object;
        final boolean inline;
        int count;

        Frame(boolean object, boolean inline) {
            this.object = object;
            this.inline = inline;
        }
    }

    /** The next container, and everything in it, is written on one line. */
    public JsonWriter inline() {
        nextInline = true;
        return this;
    }

    public JsonWriter beginObject() {
        return open(true, '{');
    }

    public JsonWriter endObject() {
        return close(true, '}');
    }

    public JsonWriter beginArray() {
        return open(false, '[');
    }

    public JsonWriter endArray() {
        return close(false, ']');
    }

    /** The name of the next member of the current object. */
    public JsonWriter name(String name) {
        Frame f = stack.peek();
        if (f == null || !f.object || afterName) {
            throw new IllegalStateException("a name outside an object");
        }
        separate(f);
        out.append(quote(name));
        out.append(": ");
        afterName = true;
        return this;
    }

    public JsonWriter value(String s) {
        if (s == null) {
            return nullValue();
        }
        beforeValue();
        out.append(quote(s));
        return this;
    }

    public JsonWriter value(long n) {
        beforeValue();
        out.append(n);
        return this;
    }

    /** A number with at most three decimals (times). */
    public JsonWriter value(double d) {
        if (Double.isNaN(d) || Double.isInfinite(d)) {
            return nullValue();
        }
        beforeValue();
        out.append(String.format(Locale.US, "%.3f", d));
        return this;
    }

    public JsonWriter value(boolean b) {
        beforeValue();
        out.append(b);
        return this;
    }

    public JsonWriter nullValue() {
        beforeValue();
        out.append("null");
        return this;
    }

    /**
     * A tree of maps, lists, strings, numbers, booleans, enums (lower-case names) and nulls
     * as a document; a list that holds no container stays on one line.
     */
    public static String tree(Object value) {
        JsonWriter w = new JsonWriter();
        w.node(value);
        return w + "\n";
    }

    private void node(Object v) {
        if (v instanceof Map<?, ?> m) {
            beginObject();
            m.forEach((k, x) -> {
                name(String.valueOf(k));
                node(x);
            });
            endObject();
        } else if (v instanceof List<?> l) {
            if (l.stream().noneMatch(x -> x instanceof Map || x instanceof List)) {
                inline();
            }
            beginArray();
            l.forEach(this::node);
            endArray();
        } else if (v == null) {
            nullValue();
        } else if (v instanceof String s) {
            value(s);
        } else if (v instanceof Boolean b) {
            value(b);
        } else if (v instanceof Double || v instanceof Float) {
            double d = ((Number) v).doubleValue();
            // JSON has no NaN or infinity: a measurement that could not be made is null.
            if (Double.isFinite(d)) {
                beforeValue();
                out.append(number(d));
            } else {
                nullValue();
            }
        } else if (v instanceof Number n) {
            value(n.longValue());
        } else if (v instanceof Enum<?> e) {
            value(e.name().toLowerCase(Locale.ROOT));
        } else {
            value(v.toString());
        }
    }

    /** A whole number as one; else six significant decimals, without the noise of the shortest repr. */
    private static String number(double d) {
        if (d == Math.rint(d) && Math.abs(d) < 1e15) {
            return Long.toString((long) d);
        }
        String s = Math.abs(d) >= 1e-3 ? String.format(Locale.US, "%.6f", d) : String.format(Locale.US, "%.6e", d);
        if (s.contains(".") && !s.contains("e")) {
            s = s.replaceAll("0+$", "").replaceAll("\\.$", "");
        }
        return s;
    }

    /** A JSON string literal: control characters, U+2028/U+2029 and lone surrogates escaped as {@code \\uXXXX}. */
    public static String quote(String s) {
        StringBuilder out = new StringBuilder(s.length() + 2);
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                default -> {
                    boolean loneSurrogate = Character.isSurrogate(c) && !(Character.isHighSurrogate(c)
                            && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1)));
                    if (c < 0x20 || c == 0x2028 || c == 0x2029 || loneSurrogate) {
                        out.append(String.format(java.util.Locale.US, "\\u%04x", (int) c));
                    } else {
                        out.append(c);
                        if (Character.isHighSurrogate(c)) {
                            out.append(s.charAt(++i)); // the pair's low half, checked above
                        }
                    }
                }
            }
        }
        return out.append('"').toString();
    }

    /** The document; every container must be closed. */
    @Override
    public String toString() {
        if (!stack.isEmpty()) {
            throw new IllegalStateException("unclosed JSON container");
        }
        return out.toString();
    }

    private JsonWriter open(boolean object, char c) {
        boolean inline = nextInline || (!stack.isEmpty() && stack.peek().inline);
        nextInline = false;
        beforeValue();
        out.append(c);
        stack.push(new Frame(object, inline));
        return this;
    }

    private JsonWriter close(boolean object, char c) {
        Frame f = stack.peek();
        if (f == null || f.object != object || afterName) {
            throw new IllegalStateException("mismatched end of a JSON container");
        }
        stack.pop();
        if (f.count > 0 && !f.inline) {
            newline(stack.size());
        }
        out.append(c);
        return this;
    }

    private void beforeValue() {
        Frame f = stack.peek();
        if (afterName) {
            afterName = false;
            return;
        }
        if (f == null) {
            if (out.length() > 0) {
                throw new IllegalStateException("a second top-level JSON value");
            }
            return;
        }
        if (f.object) {
            throw new IllegalStateException("a value without a name inside an object");
        }
        separate(f);
    }

    private void separate(Frame f) {
        if (f.count > 0) {
            out.append(',');
            if (f.inline) {
                out.append(' ');
            }
        }
        if (!f.inline) {
            newline(stack.size());
        }
        f.count++;
    }

    private void newline(int depth) {
        out.append('\n');
        out.append("  ".repeat(depth));
    }
}
