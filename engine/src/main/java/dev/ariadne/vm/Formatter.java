package dev.ariadne.vm;

import dev.ariadne.value.BoolV;
import dev.ariadne.value.EvalException;
import dev.ariadne.value.IntV;
import dev.ariadne.value.Repr;
import dev.ariadne.value.StrV;
import dev.ariadne.value.Value;

/** {@code str.format} and f-string formatting: fields, conversions and the common format specs. */
final class Formatter {
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
            if (field.isEmpty()) {
                v = positional(a, auto++);
            } else if (Character.isDigit(field.charAt(0))) {
                v = positional(a, Integer.parseInt(field));
            } else {
                v = a.keyword(field);
                if (v == null) {
                    throw new EvalException("key '" + field + "' not found in format arguments");
                }
            }
            out.append(formatValue(v, conv, spec));
        }
        return out.toString();
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
        int width;
        try {
            width = Integer.parseInt(digits);
        } catch (NumberFormatException e) {
            throw new EvalException("invalid format specifier '" + spec + "'");
        }
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
