package dev.ariadne.vm;

import dev.ariadne.lang.compile.Code;
import dev.ariadne.lang.resolve.Builtin;
import dev.ariadne.value.BoundMethodV;
import dev.ariadne.value.BuiltinV;
import dev.ariadne.value.EvalException;
import dev.ariadne.value.FunctionV;
import dev.ariadne.value.StrV;
import dev.ariadne.value.TupleV;
import dev.ariadne.value.Value;

/**
 * Calls from the machine: binding the arguments of a {@code def} or lambda into a new
 * frame, Python style, and calling a builtin function or a bound method directly.
 */
final class Calls {
    private Calls() {
    }

    /**
     * A frame for {@code fn} with {@code argc} arguments read from {@code stack[off..]}, the
     * last {@code kwnames.size()} of them by keyword.
     */
    static Frame bind(FunctionV fn, Code code, Value[] stack, int off, int argc, TupleV kwnames) {
        int nkw = kwnames == null ? 0 : kwnames.size();
        int npos = argc - nkw;
        int nparams = code.nparams;
        if (npos > nparams) {
            throw new EvalException(what(fn) + " takes " + nparams + " positional argument" + (nparams == 1 ? "" : "s")
                    + " but " + npos + (npos == 1 ? " was" : " were") + " given");
        }
        Value[] locals = new Value[code.nlocals];
        System.arraycopy(stack, off, locals, 0, npos);
        for (int k = 0; k < nkw; k++) {
            String name = ((StrV) kwnames.get(k)).value;
            int slot = -1;
            for (int p = 0; p < nparams; p++) {
                if (code.localName(p).equals(name)) {
                    slot = p;
                    break;
                }
            }
            if (slot < 0) {
                throw new EvalException(what(fn) + " got an unexpected keyword argument '" + name + "'");
            }
            if (locals[slot] != null) {
                throw new EvalException(what(fn) + " got multiple values for argument '" + name + "'");
            }
            locals[slot] = stack[off + npos + k];
        }
        Value[] defaults = fn.defaults();
        int firstDefault = nparams - defaults.length;
        for (int p = 0; p < nparams; p++) {
            if (locals[p] == null) {
                if (p >= firstDefault) {
                    locals[p] = defaults[p - firstDefault];
                } else {
                    throw new EvalException(what(fn) + " missing required argument '" + code.localName(p) + "'");
                }
            }
        }
        Frame f = new Frame(code, locals);
        f.captured = fn.captured();
        return f;
    }

    /**
     * Calls a builtin function or a bound method with {@code s[off, off + n)} (and the keyword
     * names {@code kw}, or null); anything else that is not a function is not callable.
     */
    static Value callNative(Machine m, Value f, Value[] s, int off, int n, TupleV kw) {
        if (f instanceof BuiltinV b) {
            return Builtins.call(m, Builtin.of(b.id), new Args(b.name, s, off, n, kw, m.trail().epoch()));
        }
        if (f instanceof BoundMethodV bm) {
            return Methods.call(m, bm.method, bm.receiver, new Args(bm.name, s, off, n, kw, m.trail().epoch()));
        }
        throw new EvalException("'" + f.typeName() + "' object is not callable");
    }

    /** How a message names the function: built only for an error, not on every call. */
    private static String what(FunctionV fn) {
        return fn.isLambda() ? "<lambda>()" : fn.name + "()";
    }
}
