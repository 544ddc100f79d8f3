package dev.ariadne.vm;

import dev.ariadne.value.BoolV;
import dev.ariadne.value.EvalException;
import dev.ariadne.value.IntV;
import dev.ariadne.value.ListV;
import dev.ariadne.value.NoneV;
import dev.ariadne.value.StrV;
import dev.ariadne.value.TupleV;
import dev.ariadne.value.Value;

import java.util.ArrayList;
import java.util.List;

/** The methods of strings. */
final class StrMethods {
    private StrMethods() {
    }

    /** Method {@code k} of the str block in {@link Methods}: join, split, startswith, endswith, format, upper, lower, strip, replace, find, count. */
    static Value call(int k, String s, Args a) {
        switch (k) {
            case 0: { // join
                Value[] parts = Iteration.elements(a.expect(1, 1).get(0));
                StringBuilder b = new StringBuilder();
                for (int i = 0; i < parts.length; i++) {
                    if (!(parts[i] instanceof StrV p)) {
                        throw new EvalException("sequence item " + i + ": expected str instance, "
                                + parts[i].typeName() + " found");
                    }
                    if (i > 0) {
                        b.append(s);
                    }
                    b.append(p.value);
                }
                return StrV.of(b.toString());
            }
            case 1:
                return split(s, a.expect(0, 2));
            case 2:
            case 3: {
                Value p = a.expect(1, 1).get(0);
                if (p instanceof TupleV t) {
                    for (Value v : t.items()) {
                        if (matches(k == 2, s, v)) {
                            return BoolV.TRUE;
                        }
                    }
                    return BoolV.FALSE;
                }
                return BoolV.of(matches(k == 2, s, p));
            }
            case 4:
                return StrV.of(Formatter.format(s, a));
            case 5:
                return StrV.of(s.toUpperCase(java.util.Locale.ROOT));
            case 6:
                return StrV.of(s.toLowerCase(java.util.Locale.ROOT));
            case 7:
                a.expect(0, 0);
                return StrV.of(s.strip());
            case 8:
                a.expect(2, 2);
                return StrV.of(s.replace(a.strArg(0), a.strArg(1)));
            case 9:
                a.expect(1, 1);
                return IntV.of(s.indexOf(a.strArg(0)));
            default: {
                a.expect(1, 1);
                String sub = a.strArg(0);
                if (sub.isEmpty()) {
                    return IntV.of(s.length() + 1);
                }
                int c = 0;
                for (int i = s.indexOf(sub); i >= 0; i = s.indexOf(sub, i + sub.length())) {
                    c++;
                }
                return IntV.of(c);
            }
        }
    }

    private static boolean matches(boolean start, String s, Value p) {
        if (!(p instanceof StrV ps)) {
            throw new EvalException((start ? "startswith" : "endswith") + " first arg must be str or a tuple of str, not "
                    + p.typeName());
        }
        return start ? s.startsWith(ps.value) : s.endsWith(ps.value);
    }

    private static Value split(String s, Args a) {
        Value sepV = a.npos > 0 ? a.get(0) : NoneV.NONE;
        long max = a.npos > 1 ? a.intArg(1) : -1;
        List<Value> out = new ArrayList<>();
        if (sepV == NoneV.NONE) {
            int i = 0;
            int n = s.length();
            while (true) {
                while (i < n && Character.isWhitespace(s.charAt(i))) {
                    i++;
                }
                if (i == n) {
                    break;
                }
                if (max >= 0 && out.size() == max) {
                    out.add(StrV.of(s.substring(i).stripTrailing()));
                    break;
                }
                int j = i;
                while (j < n && !Character.isWhitespace(s.charAt(j))) {
                    j++;
                }
                out.add(StrV.of(s.substring(i, j)));
                i = j;
            }
        } else {
            String sep = a.strArg(0);
            if (sep.isEmpty()) {
                throw new EvalException("empty separator");
            }
            int i = 0;
            while (true) {
                int j = s.indexOf(sep, i);
                if (j < 0 || (max >= 0 && out.size() == max)) {
                    out.add(StrV.of(s.substring(i)));
                    break;
                }
                out.add(StrV.of(s.substring(i, j)));
                i = j + sep.length();
            }
        }
        Value[] items = out.toArray(new Value[0]);
        return new ListV(items, items.length, a.epoch);
    }
}
