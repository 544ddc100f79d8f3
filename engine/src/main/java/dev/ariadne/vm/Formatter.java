package dev.ariadne.vm;

import dev.ariadne.value.BoolV;
import dev.ariadne.value.EvalException;
import dev.ariadne.value.IntV;
import dev.ariadne.value.Repr;
import dev.ariadne.value.StrV;
import dev.ariadne.value.Value;

/** {@code str.format} and f-string formatting: fields, conversions and the common format specs. */
final class Formatter {
    /** The widest field a format spec may ask for (the longest list repetition may build, too). */
    static final int MAX_WIDTH = 10_000_000;

    private Formatter() {
    }

    /** {@code template.format(args...)}. */
    static String format(String template, Args a) {
        StringBuilder out = new StringBuilder();
        int auto = 0;
        int n = template.length();
        for (int i = 0; i < n; i++) {
            char c = template.charAt(i);
            if (c == '}') {
                if (i + 1 < n && template.charAt(i + 1) == '}') {
                    out.append('}');
                    i++;
                    continue;
                }
                throw new EvalException("single '}' encountered in format string");
            }
            if (c != '{') {
                out.append(c);
                continue;
            }
            if (i + 1 < n && template.charAt(i + 1) == '{') {
                out.append('{');
                i++;
                continue;
            }
            int close = template.indexOf('}', i);
            if (close < 0) {
                throw new EvalException("single '{' encountered in format string");
            }
            String field = template.substring(i + 1, close);
            i = close;
            String spec = null;
            char conv = 0;
            int colon = field.indexOf(':');
            if (colon >= 0) {
                spec = field.substring(colon + 1);
                field = field.substring(0, colon);
            }
            int bang = field.indexOf('!');
            if (bang >= 0) {
                conv = bang + 1 < field.length() ? field.charAt(bang + 1) : 's';
                field = field.substring(0, bang);
            }
            Value v;
            int end = fieldNameEnd(field);
            String first = field.substring(0, end);
            if (first.isEmpty()) {
                v = positional(a, auto++);
            } else if (Character.isDigit(first.charAt(0))) {
                v = positional(a, fieldIndex(first));
            } else {
                v = a.keyword(first);
                if (v == null) {
                    throw new EvalException("key '" + first + "' not found in format arguments");
                }
            }
            v = accessors(v, field, end);
            out.append(formatValue(v, conv, spec));
        }
        return out.toString();
    }

    /** Where the argument name of a field ends: at its first {@code .name} or {@code [index]}. */
    private static int fieldNameEnd(String field) {
        int end = 0;
        while (end < field.length() && field.charAt(end) != '.' && field.charAt(end) != '[') {
            end++;
        }
        return end;
    }

    /** A field's number: digits only, as in Python ({@code {0}}, {@code {12}}). */
    private static int fieldIndex(String digits) {
        if (!digits.chars().allMatch(Character::isDigit)) {
            throw new EvalException("bad format field '" + digits + "' (a field is a number or a name)");
        }
        try {
            return Integer.parseInt(digits);
        } catch (NumberFormatException e) {
            throw new EvalException("replacement index " + digits + " out of range for positional args tuple");
        }
    }

    /**
     * Python's {@code {0.name}} and {@code {0[key]}} after the argument: a record field, or an
     * item (digits index a sequence or a dict by int, anything else is a string key).
     */
    private static Value accessors(Value v, String field, int at) {
        int i = at;
        while (i < field.length()) {
            char c = field.charAt(i);
            if (c == '.') {
                int end = fieldNameEnd(field.substring(i + 1)) + i + 1;
                String name = field.substring(i + 1, end);
                if (name.isEmpty()) {
                    throw new EvalException("empty attribute in format string field '" + field + "'");
                }
                v = Subscripts.attr(v, name);
                i = end;
            } else if (c == '[') {
                int close = field.indexOf(']', i);
                if (close < 0) {
                    throw new EvalException("missing ']' in format string field '" + field + "'");
                }
                String key = field.substring(i + 1, close);
                if (key.isEmpty()) {
                    throw new EvalException("empty index in format string field '" + field + "'");
                }
                v = Subscripts.index(v, key.chars().allMatch(Character::isDigit) ? intKey(key) : StrV.of(key));
                i = close + 1;
                if (i < field.length() && field.charAt(i) != '.' && field.charAt(i) != '[') {
                    throw new EvalException("only '.' or '[' may follow ']' in format string field '" + field + "'");
                }
            } else {
                throw new EvalException("bad format string field '" + field + "'");
            }
        }
        return v;
    }

    private static Value intKey(String digits) {
        try {
            return IntV.of(Long.parseLong(digits));
        } catch (NumberFormatException e) {
            throw Operators.overflow();
        }
    }

    private static Value positional(Args a, int i) {
        if (i >= a.npos) {
            throw new EvalException("replacement index " + i + " out of range for positional args tuple");
        }
        return a.get(i);
    }

    /** One formatted field: conversion ('r', 's' or 0) then the spec ({@code [[fill]align][0][width][type]}). */
    static String formatValue(Value v, char conv, String spec) {
        String s;
        if (conv == 'r') {
            s = Repr.repr(v);
        } else if (spec != null && !spec.isEmpty() && (v instanceof IntV || v instanceof BoolV) && conv == 0) {
            s = formatInt(v, spec);
            spec = stripType(spec);
        } else {
            s = Repr.str(v);
        }
        return spec == null || spec.isEmpty() ? s : pad(s, spec, v instanceof IntV && conv == 0);
    }

    private static String formatInt(Value v, String spec) {
        long x = v instanceof IntV i ? i.value : ((BoolV) v).ordinal();
        char type = spec.charAt(spec.length() - 1);
        return switch (type) {
            case 'x' -> Long.toHexString(x);
            case 'X' -> Long.toHexString(x).toUpperCase(java.util.Locale.ROOT);
            case 'b' -> Long.toBinaryString(x);
            case 'o' -> Long.toOctalString(x);
            default -> Long.toString(x);
        };
    }

    private static String stripType(String spec) {
        char t = spec.charAt(spec.length() - 1);
        return "xXbods".indexOf(t) >= 0 ? spec.substring(0, spec.length() - 1) : spec;
    }

    private static String pad(String s, String spec, boolean numeric) {
        char fill = ' ';
        char align = numeric ? '>' : '<';
        int i = 0;
        if (spec.length() >= 2 && "<>^".indexOf(spec.charAt(1)) >= 0) {
            fill = spec.charAt(0);
            align = spec.charAt(1);
            i = 2;
        } else if (!spec.isEmpty() && "<>^".indexOf(spec.charAt(0)) >= 0) {
            align = spec.charAt(0);
            i = 1;
        }
        if (i < spec.length() && spec.charAt(i) == '0' && i == 0) {
            fill = '0';
            align = '>';
            i++;
        }
        String digits = spec.substring(i);
        if (digits.isEmpty()) {
            return s;
        }
        if (!digits.chars().allMatch(Character::isDigit)) {
            throw new EvalException("invalid format specifier '" + spec + "'");
        }
        // A width past the limit would only exhaust memory; Python's own limit is near 2**63.
        if (digits.length() > 8 || Integer.parseInt(digits) > MAX_WIDTH) {
            throw new EvalException("format width " + digits + " is too large (at most " + MAX_WIDTH + ")");
        }
        int width = Integer.parseInt(digits);
        int padding = width - s.length();
        if (padding <= 0) {
            return s;
        }
        String f = String.valueOf(fill);
        return switch (align) {
            case '<' -> s + f.repeat(padding);
            case '^' -> f.repeat(padding / 2) + s + f.repeat(padding - padding / 2);
            default -> fill == '0' && s.startsWith("-") ? "-" + "0".repeat(padding) + s.substring(1) : f.repeat(padding) + s;
        };
    }

    /** An f-string field. */
    static StrV formatField(Value v, int conv, Value spec) {
        String sp = spec == null ? null : Repr.str(spec);
        return StrV.of(formatValue(v, (char) conv, sp));
    }
}
