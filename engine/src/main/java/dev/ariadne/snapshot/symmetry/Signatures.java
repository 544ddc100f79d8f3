package dev.ariadne.snapshot.symmetry;

import dev.ariadne.value.BoundMethodV;
import dev.ariadne.value.BuiltinV;
import dev.ariadne.value.DictV;
import dev.ariadne.value.FrozenRecordV;
import dev.ariadne.value.FrozenSetV;
import dev.ariadne.value.FunctionV;
import dev.ariadne.value.IntV;
import dev.ariadne.value.ListV;
import dev.ariadne.value.RecordV;
import dev.ariadne.value.SetV;
import dev.ariadne.value.StrV;
import dev.ariadne.value.SymV;
import dev.ariadne.value.TupleV;
import dev.ariadne.value.Value;
import dev.ariadne.vm.ArrayIter;
import dev.ariadne.vm.Frame;
import dev.ariadne.vm.Iter;
import dev.ariadne.vm.ListIter;
import dev.ariadne.vm.Proc;
import dev.ariadne.vm.RangeIter;

/**
 * The signature of one symmetric value in a state: a 64-bit hash of the whole state as
 * seen from that value, where it is marked as itself and every other symmetric value
 * is replaced by its current colour. Sets, dicts and the instances of a process are
 * hashed as multisets (a sum of mixed element hashes), since their order follows the
 * values' hidden indices; lists, tuples, fields and globals in order. The hash is
 * therefore the same for a value in a state and for its image in any permutation of
 * that state: what makes sorting by signatures canonical.
 */
final class Signatures {
    private static final long P1 = 0x9E3779B97F4A7C15L;
    private static final long P2 = 0xC2B2AE3D27D4EB4FL;
    private static final long ME = 0x5851F42D4C957F2DL;
    /** Deeper than this a value is taken to be cyclic; its hash stops there (the same in every image). */
    private static final int MAX_DEPTH = 48;

    /** Current colour of each symmetric value, by set and index. */
    long[][] colour;
    private int focusGroup = -1;
    private int focusIndex = -1;

    /** The signature of value {@code index} of set {@code group} in the state. */
    long of(int group, int index, Value[] globals, Proc[] procs, int nprocs) {
        focusGroup = group;
        focusIndex = index;
        long h = colour[group][index] * P1 + 0x1234567L;
        for (Value g : globals) {
            h = h * P2 + hash(g, 0);
        }
        // Instances of one declaration are a multiset (they are sorted by self); declarations are in order.
        int i = 0;
        while (i < nprocs) {
            int decl = procs[i].decl();
            long sum = 0;
            int count = 0;
            for (; i < nprocs && procs[i].decl() == decl; i++) {
                sum += mix(proc(procs[i]));
                count++;
            }
            h = h * P2 + mix(sum + decl * P1 + count);
        }
        return mix(h);
    }

    private long proc(Proc p) {
        Frame f = p.frame();
        long h = hash(p.self(), 0) * P2 + f.pc;
        for (Value v : f.locals) {
            h = h * P2 + hash(v, 0);
        }
        for (int k = 0; k < f.iteratorCount(); k++) {
            h = h * P2 + iter(f.iterator(k));
        }
        return h;
    }

    private long iter(Iter it) {
        if (it instanceof RangeIter r) {
            return mix(r.next * P1 + r.stop * P2 + r.step);
        }
        if (it instanceof ListIter l) {
            return mix(hash(l.list, 0) + l.index);
        }
        ArrayIter a = (ArrayIter) it;
        long h = a.index;
        for (Value v : a.items) {
            h = h * P2 + hash(v, 0);
        }
        return mix(h);
    }

    long hash(Value v, int depth) {
        if (v == null) {
            return 0x51L;
        }
        if (depth > MAX_DEPTH) {
            return 0x77L;
        }
        int t = v.tag();
        switch (t) {
            case Value.INT:
                return mix(((IntV) v).value + 0x1000L);
            case Value.STR:
                return mix(((StrV) v).value.hashCode() * P1 + 0x2000L);
            case Value.SYM: {
                SymV s = (SymV) v;
                if (s.group == focusGroup && s.index == focusIndex) {
                    return ME + s.group;
                }
                return mix(colour[s.group][s.index] * P2 + s.group + 0x3000L);
            }
            case Value.TUPLE:
                return ordered(t, ((TupleV) v).items(), ((TupleV) v).size(), depth);
            case Value.LIST:
                return ordered(t, ((ListV) v).items(), ((ListV) v).size(), depth);
            case Value.FROZENSET:
                return unordered(t, ((FrozenSetV) v).items(), ((FrozenSetV) v).size(), depth);
            case Value.SET:
                return unordered(t, ((SetV) v).items(), ((SetV) v).size(), depth);
            case Value.DICT: {
                DictV d = (DictV) v;
                long sum = 0;
                for (int i = 0; i < d.size(); i++) {
                    sum += mix(hash(d.keyAt(i), depth + 1) * P1 + hash(d.valueAt(i), depth + 1));
                }
                return mix(sum + d.size() * P2 + t);
            }
            case Value.RECORD: {
                RecordV r = (RecordV) v;
                long h = shape(r.shape()) + t;
                for (int i = 0; i < r.shape().size(); i++) {
                    h = h * P2 + hash(r.field(i), depth + 1);
                }
                return mix(h);
            }
            case Value.FROZENRECORD: {
                FrozenRecordV r = (FrozenRecordV) v;
                long h = shape(r.shape()) + t;
                for (int i = 0; i < r.shape().size(); i++) {
                    h = h * P2 + hash(r.field(i), depth + 1);
                }
                return mix(h);
            }
            case Value.FUNCTION: {
                if (v instanceof FunctionV f) {
                    long h = f.code * P1 + ordered(t, f.defaults(), f.defaults().length, depth);
                    return mix(h * P2 + ordered(t, f.captured(), f.captured().length, depth));
                }
                if (v instanceof BuiltinV b) {
                    return mix(b.id + 0x4000L);
                }
                BoundMethodV b = (BoundMethodV) v;
                return mix(b.method * P1 + hash(b.receiver, depth + 1));
            }
            case Value.BOOL:
                return mix(((dev.ariadne.value.BoolV) v).isTrue() ? 0x5001L : 0x5000L);
            default:
                return mix(t * P1 + 0x6000L); // None
        }
    }

    /** A record shape's hash from its names: the same in every JVM (a worker process must agree). */
    private static long shape(dev.ariadne.value.RecordShape s) {
        long h = s.size();
        for (int i = 0; i < s.size(); i++) {
            h = h * P1 + s.name(i).hashCode();
        }
        return h;
    }

    private long ordered(int tag, Value[] items, int n, int depth) {
        long h = tag * P1 + n;
        for (int i = 0; i < n; i++) {
            h = h * P2 + hash(items[i], depth + 1);
        }
        return mix(h);
    }

    private long unordered(int tag, Value[] items, int n, int depth) {
        long sum = 0;
        for (int i = 0; i < n; i++) {
            sum += mix(hash(items[i], depth + 1));
        }
        return mix(sum + tag * P1 + n * P2);
    }

    static long mix(long h) {
        h ^= h >>> 33;
        h *= 0xFF51AFD7ED558CCDL;
        h ^= h >>> 33;
        h *= 0xC4CEB9FE1A85EC53L;
        h ^= h >>> 33;
        return h;
    }
}
