package dev.ariadne.vm;

import dev.ariadne.value.EvalException;
import dev.ariadne.value.IntV;
import dev.ariadne.value.StrV;
import dev.ariadne.value.TupleV;
import dev.ariadne.value.Value;

/**
 * The arguments of one call of a builtin or method, read in place from the caller's
 * operand stack: {@code argc} values from {@code off}, the last {@code kwnames.size()}
 * of them keyword arguments.
 */
final class Args {
    final String fn;
    private final Value[] stack;
    private final int off;
    final int npos;
    private final TupleV kwnames;
    /** The epoch that containers made by the call are stamped with. */
    final long epoch;

    Args(String fn, Value[] stack, int off, int argc, TupleV kwnames, long epoch) {
        this.fn = fn;
        this.epoch = epoch;
        this.stack = stack;
        this.off = off;
        this.kwnames = kwnames;
        this.npos = argc - (kwnames == null ? 0 : kwnames.size());
    }

    Value get(int i) {
        return stack[off + i];
    }

    /** Positional arguments only, between min and max of them. */
    Args expect(int min, int max) {
        noKeywords();
        return count(min, max);
    }

    Args count(int min, int max) {
        if (npos < min || npos > max) {
            String want = min == max ? (min == 1 ? "exactly one argument" : "exactly " + min + " arguments")
                    : npos < min ? "at least " + min + " argument" + (min == 1 ? "" : "s")
                    : "at most " + max + " argument" + (max == 1 ? "" : "s");
            throw new EvalException(fn + "() takes " + want + " (" + npos + " given)");
        }
        return this;
    }

    void noKeywords() {
        if (kwnames != null && kwnames.size() > 0) {
            throw new EvalException(fn + "() takes no keyword arguments");
        }
    }

    /** A keyword argument's value, or {@code null}; unknown keywords are refused by {@link #onlyKeywords}. */
    Value keyword(String name) {
        if (kwnames == null) {
            return null;
        }
        for (int k = 0; k < kwnames.size(); k++) {
            if (((StrV) kwnames.get(k)).value.equals(name)) {
                return stack[off + npos + k];
            }
        }
        return null;
    }

    void onlyKeywords(String... allowed) {
        if (kwnames == null) {
            return;
        }
        outer:
        for (Value k : kwnames.items()) {
            String name = ((StrV) k).value;
            for (String a : allowed) {
                if (a.equals(name)) {
                    continue outer;
                }
            }
            throw new EvalException(fn + "() got an unexpected keyword argument '" + name + "'");
        }
    }

    int keywordCount() {
        return kwnames == null ? 0 : kwnames.size();
    }

    String keywordName(int k) {
        return ((StrV) kwnames.get(k)).value;
    }

    Value keywordValue(int k) {
        return stack[off + npos + k];
    }

    long intArg(int i) {
        Value v = get(i);
        if (v instanceof IntV n) {
            return n.value;
        }
        if (v instanceof dev.ariadne.value.BoolV b) {
            return b.ordinal();
        }
        throw new EvalException(fn + "() argument " + (i + 1) + " must be int, not " + v.typeName());
    }

    String strArg(int i) {
        Value v = get(i);
        if (v instanceof StrV s) {
            return s.value;
        }
        throw new EvalException(fn + "() argument " + (i + 1) + " must be str, not " + v.typeName());
    }
}
