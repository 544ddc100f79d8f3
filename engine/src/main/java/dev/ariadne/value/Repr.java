package dev.ariadne.value;

import java.util.IdentityHashMap;

/**
 * Python's {@code repr} and {@code str} for the language's values; a container met
 * again while it is being printed prints as {@code [...]} / {@code {...}}, as in Python.
 */
public final class Repr {
    private final StringBuilder out = new StringBuilder();
    private final IdentityHashMap<Value, Boolean> inProgress = new IdentityHashMap<>();

    private Repr() {
    }

    public static String repr(Value v) {
        Repr r = new Repr();
        r.write(v);
        return r.out.toString();
    }

    /** {@code str(v)}: a string is itself, everything else is its repr. */
    public static String str(Value v) {
        return v instanceof StrV s ? s.value : repr(v);
    }

    /** A string literal as Python's repr writes it: single quotes unless only double quotes avoid escapes. */
    public static String quote(String s) {
        char q = s.indexOf('\'') >= 0 && s.indexOf('"') < 0 ? '"' : '\'';
        StringBuilder b = new StringBuilder(s.length() + 2).append(q);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (c == q) {
                        b.append('\\').append(c);
                    } else if (c < 0x20 || c == 0x7f) {
                        b.append(String.format("\\x%02x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append(q).toString();
    }

    private void write(Value v) {
        switch (v.tag()) {
            case Value.NONE, Value.BOOL, Value.INT -> out.append(v);
            case Value.STR -> out.append(quote(((StrV) v).value));
            case Value.TUPLE -> {
                TupleV t = (TupleV) v;
                out.append('(');
                writeAll(t.items(), t.size());
                out.append(t.size() == 1 ? ",)" : ")");
            }
            case Value.FROZENSET -> {
                FrozenSetV s = (FrozenSetV) v;
                out.append("frozenset(");
                if (s.size() > 0) {
                    out.append('{');
                    writeAll(s.items(), s.size());
                    out.append('}');
                }
                out.append(')');
            }
            case Value.LIST -> {
                ListV l = (ListV) v;
                if (enter(v, "[...]")) {
                    out.append('[');
                    writeAll(l.items(), l.size());
                    out.append(']');
                    inProgress.remove(v);
                }
            }
            case Value.SET -> {
                SetV s = (SetV) v;
                if (s.size() == 0) {
                    out.append("set()");
                } else {
                    out.append('{');
                    writeAll(s.items(), s.size());
                    out.append('}');
                }
            }
            case Value.DICT -> {
                DictV d = (DictV) v;
                if (enter(v, "{...}")) {
                    out.append('{');
                    for (int i = 0; i < d.size(); i++) {
                        if (i > 0) {
                            out.append(", ");
                        }
                        write(d.keyAt(i));
                        out.append(": ");
                        write(d.valueAt(i));
                    }
                    out.append('}');
                    inProgress.remove(v);
                }
            }
            case Value.FROZENRECORD -> {
                FrozenRecordV r = (FrozenRecordV) v;
                out.append("frozenrecord(");
                for (int i = 0; i < r.shape().size(); i++) {
                    if (i > 0) {
                        out.append(", ");
                    }
                    out.append(r.shape().name(i)).append('=');
                    write(r.field(i));
                }
                out.append(')');
            }
            case Value.RECORD -> {
                RecordV r = (RecordV) v;
                if (enter(v, "record(...)")) {
                    out.append("record(");
                    for (int i = 0; i < r.shape().size(); i++) {
                        if (i > 0) {
                            out.append(", ");
                        }
                        out.append(r.shape().name(i)).append('=');
                        write(r.field(i));
                    }
                    out.append(')');
                    inProgress.remove(v);
                }
            }
            case Value.FUNCTION -> {
                if (v instanceof FunctionV f) {
                    out.append(f.isLambda() ? "<lambda>" : "<function " + f.name + ">");
                } else {
                    out.append(v);
                }
            }
            case Value.SYM -> out.append(v);
            default -> throw new IllegalStateException("unknown tag " + v.tag());
        }
    }

    private boolean enter(Value v, String placeholder) {
        if (inProgress.containsKey(v)) {
            out.append(placeholder);
            return false;
        }
        inProgress.put(v, Boolean.TRUE);
        return true;
    }

    private void writeAll(Value[] items, int n) {
        for (int i = 0; i < n; i++) {
            if (i > 0) {
                out.append(", ");
            }
            write(items[i]);
        }
    }
}
