package dev.ariadne.cli;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;

/**
 * A small streaming JSON writer: objects and arrays indented two spaces a level, except
 * containers opened with {@link #inline()} (and everything inside them), which stay on one
 * line, so that each state of a trace reads as one line. Strings are escaped per RFC 8259;
 * lone surrogates are written as {@code \\uXXXX} escapes rather than replaced.
 */
final class JsonWriter {
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
    JsonWriter inline() {
        nextInline = true;
        return this;
    }

    JsonWriter beginObject() {
        return open(true, '{');
    }

    JsonWriter endObject() {
        return close(true, '}');
    }

    JsonWriter beginArray() {
        return open(false, '[');
    }

    JsonWriter endArray() {
        return close(false, ']');
    }

    /** The name of the next member of the current object. */
    JsonWriter name(String name) {
        Frame f = stack.peek();
        if (f == null || !f.object || afterName) {
            throw new IllegalStateException("a name outside an object");
        }
        separate(f);
        out.append(Json.quote(name));
        out.append(": ");
        afterName = true;
        return this;
    }

    JsonWriter value(String s) {
        if (s == null) {
            return nullValue();
        }
        beforeValue();
        out.append(Json.quote(s));
        return this;
    }

    JsonWriter value(long n) {
        beforeValue();
        out.append(n);
        return this;
    }

    /** A number with at most three decimals (times). */
    JsonWriter value(double d) {
        if (Double.isNaN(d) || Double.isInfinite(d)) {
            return nullValue();
        }
        beforeValue();
        out.append(String.format(Locale.ROOT, "%.3f", d));
        return this;
    }

    JsonWriter value(boolean b) {
        beforeValue();
        out.append(b);
        return this;
    }

    JsonWriter nullValue() {
        beforeValue();
        out.append("null");
        return this;
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
