package dev.ariadne.vm;

import dev.ariadne.value.BoolV;
import dev.ariadne.value.DictV;
import dev.ariadne.value.EvalException;
import dev.ariadne.value.IntV;
import dev.ariadne.value.ListV;
import dev.ariadne.value.NoneV;
import dev.ariadne.value.FrozenRecordV;
import dev.ariadne.value.RecordV;
import dev.ariadne.value.Repr;
import dev.ariadne.value.StrV;
import dev.ariadne.value.Trail;
import dev.ariadne.value.TupleV;
import dev.ariadne.value.Value;

/** Indexing, slicing, item and field assignment, and unpacking. */
final class Subscripts {
    private Subscripts() {
    }

    static Value index(Value x, Value i) {
        switch (x.tag()) {
            case Value.LIST: {
                ListV l = (ListV) x;
                return l.get(position(i, l.size(), "list"));
            }
            case Value.TUPLE: {
                TupleV t = (TupleV) x;
                return t.get(position(i, t.size(), "tuple"));
            }
            case Value.STR: {
                String s = ((StrV) x).value;
                return StrV.of(String.valueOf(s.charAt(position(i, s.length(), "string"))));
            }
            case Value.DICT: {
                Value v = ((DictV) x).get(i);
                if (v == null) {
                    throw keyNotFound(i);
                }
                return v;
            }
            default:
                throw new EvalException("'" + x.typeName() + "' object is not subscriptable");
        }
    }

    static EvalException keyNotFound(Value key) {
        return new EvalException("key " + Repr.repr(key) + " not found");
    }

    /** A checked, non-negative position for an index into a sequence of length n. */
    static int position(Value i, int n, String what) {
        if (!(i instanceof IntV iv)) {
            throw new EvalException(what + " indices must be integers, not " + i.typeName());
        }
        long k = iv.value < 0 ? iv.value + n : iv.value;
        if (k < 0 || k >= n) {
            throw new EvalException(what + " index out of range: " + iv.value + " (length " + n + ")");
        }
        return (int) k;
    }

    static Value slice(Value x, Value lo, Value hi, Value step, Trail trail) {
        long st = step == NoneV.NONE ? 1 : sliceInt(step);
        if (st == 0) {
            throw new EvalException("slice step cannot be zero");
        }
        int n;
        switch (x.tag()) {
            case Value.LIST -> n = ((ListV) x).size();
            case Value.TUPLE -> n = ((TupleV) x).size();
            case Value.STR -> n = ((StrV) x).value.length();
            default -> throw new EvalException("'" + x.typeName() + "' object is not subscriptable");
        }
        long start = bound(lo, n, st, true);
        long stop = bound(hi, n, st, false);
        int count = 0;
        if (st > 0 ? start < stop : start > stop) {
            count = (int) ((Math.abs(stop - start) - 1) / Math.abs(st) + 1);
        }
        if (x instanceof StrV s) {
            StringBuilder b = new StringBuilder(count);
            for (int k = 0; k < count; k++) {
                b.append(s.value.charAt((int) (start + k * st)));
            }
            return StrV.of(b.toString());
        }
        Value[] items = x instanceof ListV l ? l.items() : ((TupleV) x).items();
        Value[] out = new Value[count];
        for (int k = 0; k < count; k++) {
            out[k] = items[(int) (start + k * st)];
        }
        return x instanceof ListV ? new ListV(out, count, trail.epoch()) : TupleV.wrap(out);
    }

    private static long sliceInt(Value v) {
        if (v instanceof IntV i) {
            return i.value;
        }
        throw new EvalException("slice indices must be integers or None, not " + v.typeName());
    }

    /** Python's clamping of slice bounds. */
    private static long bound(Value v, int n, long step, boolean isStart) {
        if (v == NoneV.NONE) {
            if (step > 0) {
                return isStart ? 0 : n;
            }
            return isStart ? n - 1 : -1;
        }
        long k = sliceInt(v);
        if (k < 0) {
            k += n;
            if (k < 0) {
                k = step > 0 ? 0 : -1;
            }
        } else if (k >= n) {
            k = step > 0 ? n : n - 1;
        }
        return k;
    }

    /** {@code x[i] = v}. */
    static void storeIndex(Value x, Value i, Value v, Trail trail) {
        if (x instanceof ListV l) {
            l.set(position(i, l.size(), "list assignment"), v, trail);
        } else if (x instanceof DictV d) {
            d.put(i, v, trail);
        } else {
            throw new EvalException("'" + x.typeName() + "' object does not support item assignment");
        }
    }

    /** {@code x.name}: a record's field, or a method bound to its receiver. */
    static Value attr(Value x, String name) {
        if (x instanceof RecordV r) {
            Value v = r.get(name);
            if (v != null) {
                return v;
            }
        } else if (x instanceof FrozenRecordV r) {
            Value v = r.get(name);
            if (v != null) {
                return v;
            }
        } else {
            int m = Methods.lookup(x, name);
            if (m >= 0) {
                return new dev.ariadne.value.BoundMethodV(x, m, name);
            }
        }
        throw noAttribute(x, name);
    }

    static EvalException noAttribute(Value x, String name) {
        if (x instanceof RecordV r) {
            return new EvalException("'record' object has no attribute '" + name + "' (its fields are "
                    + r.shape() + "; fields are fixed when the record is made)");
        }
        if (x instanceof FrozenRecordV r) {
            return new EvalException("'frozenrecord' object has no attribute '" + name + "' (its fields are "
                    + r.shape() + ")");
        }
        return new EvalException("'" + x.typeName() + "' object has no attribute '" + name + "'");
    }

    /** {@code x.name = v}: records only, existing fields only. */
    static void storeAttr(Value x, String name, Value v, Trail trail) {
        if (x instanceof FrozenRecordV) {
            throw new EvalException("cannot assign to field '" + name + "' of a frozenrecord: it is immutable"
                    + " (make a new one, or use record())");
        }
        if (x instanceof RecordV r) {
            int i = r.shape().indexOf(name);
            if (i >= 0) {
                r.set(i, v, trail);
                return;
            }
        }
        throw noAttribute(x, name);
    }

    /** The n elements of a sequence being unpacked into n targets. */
    static Value[] unpack(Value seq, int n) {
        if (seq instanceof BoolV || seq instanceof IntV || seq instanceof NoneV) {
            throw new EvalException("cannot unpack non-iterable " + seq.typeName() + " object");
        }
        Value[] items = Iteration.elements(seq);
        if (items.length > n) {
            throw new EvalException("too many values to unpack (expected " + n + ")");
        }
        if (items.length < n) {
            throw new EvalException("not enough values to unpack (expected " + n + ", got " + items.length + ")");
        }
        return items;
    }
}
