package dev.ariadne.snapshot;

import com.esotericsoftware.kryo.Kryo;
import com.esotericsoftware.kryo.Registration;
import com.esotericsoftware.kryo.io.Input;
import com.esotericsoftware.kryo.io.Output;
import dev.ariadne.value.BuiltinV;
import dev.ariadne.value.FunctionV;
import dev.ariadne.value.IntV;
import dev.ariadne.value.Mutable;
import dev.ariadne.value.StrV;
import dev.ariadne.value.Value;

import java.util.Arrays;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Writes and reads objects of a state through the registry, doing the mark phase
 * itself: a mutable object gets the next number when it is first visited (kept in the
 * object, tagged with the encoding pass, so no identity map is needed) and later visits
 * write a back-reference. The class of a value comes from its type tag, not a lookup.
 *
 * <p>Each object is written as a varint: 0 for none, 1 followed by the number of an
 * object already written, or its registration id + 2 followed by its serializer's bytes.
 * Frozen constant objects are shared between threads, so they are never marked: each
 * occurrence is written again (as a reference into the program's constant table) and
 * takes a number like any other mutable object, on both sides.
 */
final class ValueIO {
    private static final int NULL = 0;
    private static final int BACKREF = 1;
    private static final AtomicLong CODECS = new AtomicLong();

    private final Kryo kryo;
    private final Registration[] byTag = new Registration[Value.SYM + 1];
    private Registration function;
    private Registration builtin;
    private Registration boundMethod;
    private Registration[] byId = new Registration[64];
    /** The varint written before an int (its registration id + 2): ints are most of a state's leaves. */
    private int intCode;
    private int strCode;
    private ValueSerializers.Str str;

    /** Unique over every codec of the JVM, so that a stale mark is never taken for a current one. */
    private long pass = CODECS.incrementAndGet() << 40;
    private int written;
    /** Function values written or read so far (they never stop counting): see {@link #functions}. */
    private long functions;
    /** The least object number a back-reference read since {@link #watchBackReferences} named. */
    private int leastBackReference;
    private Object[] read = new Object[64];
    private int readCount;
    private int pending = -1;

    ValueIO(Kryo kryo) {
        this.kryo = kryo;
    }

    /** Caches the registrations of the value classes, by tag, once they are all registered. */
    void init(Class<?>[] byTagClasses) {
        for (int t = 0; t < byTagClasses.length; t++) {
            if (byTagClasses[t] != null) {
                byTag[t] = kryo.getRegistration(byTagClasses[t]);
            }
        }
        function = kryo.getRegistration(FunctionV.class);
        builtin = kryo.getRegistration(BuiltinV.class);
        boundMethod = kryo.getRegistration(dev.ariadne.value.BoundMethodV.class);
        intCode = byTag[Value.INT].getId() + 2;
        strCode = byTag[Value.STR].getId() + 2;
        str = (ValueSerializers.Str) byTag[Value.STR].getSerializer();
    }

    /** Starts a new state: numbering restarts. */
    void reset() {
        pass++;
        written = 0;
        Arrays.fill(read, 0, readCount, null);
        readCount = 0;
    }

    void write(Output out, Object o) {
        if (o == null) {
            out.writeByte(NULL);
            return;
        }
        if (o instanceof IntV i) {
            // The same bytes as the Int serializer writes, without the megamorphic calls of the general path.
            out.writeVarInt(intCode, true);
            out.writeVarLong(i.value, false);
            return;
        }
        if (o instanceof StrV s) {
            out.writeVarInt(strCode, true);
            str.write(kryo, out, s);
            return;
        }
        if (o instanceof Mutable m) {
            if (m.isFrozen()) {
                written++;
            } else if (m.markPass == pass) {
                out.writeByte(BACKREF);
                out.writeVarInt(m.markId, true);
                return;
            } else {
                m.markPass = pass;
                m.markId = written++;
            }
        }
        Registration r = registration(o);
        out.writeVarInt(r.getId() + 2, true);
        r.getSerializer().write(kryo, out, o);
    }

    /**
     * Numbers {@code m} as {@link #write} would on reaching it now, for bytes of it copied
     * from an earlier encoding; false (and nothing done) when this pass already numbered it,
     * where {@link #write} would write a back-reference instead.
     */
    boolean numberCopied(Mutable m) {
        if (m.isFrozen()) {
            written++;
            return true;
        }
        if (m.markPass == pass) {
            return false;
        }
        m.markPass = pass;
        m.markId = written++;
        return true;
    }

    private Registration registration(Object o) {
        if (o instanceof Value v) {
            int t = v.tag();
            if (t != Value.FUNCTION) {
                return byTag[t];
            }
            functions++;
            return o instanceof FunctionV ? function : o instanceof BuiltinV ? builtin : boundMethod;
        }
        return kryo.getRegistration(o.getClass()); // refuses an unregistered class
    }

    /** How many function values (defs, lambdas, builtins, bound methods) were written or read so far. */
    long functions() {
        return functions;
    }

    /** Starts watching the back-references read: see {@link #leastBackReference}. */
    void watchBackReferences() {
        leastBackReference = Integer.MAX_VALUE;
    }

    /** The least object number named by a back-reference read since {@link #watchBackReferences}. */
    int leastBackReference() {
        return leastBackReference;
    }

    /** The number the next object read will get. */
    int objectsRead() {
        return readCount;
    }

    Object read(Input in) {
        int code = in.readVarInt(true);
        if (code == NULL) {
            return null;
        }
        if (code == BACKREF) {
            int id = in.readVarInt(true);
            if (id < leastBackReference) {
                leastBackReference = id;
            }
            if (id >= readCount || read[id] == null) {
                throw new SnapshotException("damaged snapshot: reference to object " + id + " before it was read");
            }
            return read[id];
        }
        Registration r = registration(code - 2);
        if (r == function || r == builtin || r == boundMethod) {
            functions++;
        }
        if (Mutable.class.isAssignableFrom(r.getType())) {
            if (readCount == read.length) {
                read = Arrays.copyOf(read, readCount * 2);
            }
            pending = readCount++;
        }
        return r.getSerializer().read(kryo, in, r.getType());
    }

    private Registration registration(int id) {
        if (id >= 0 && id < byId.length && byId[id] != null) {
            return byId[id];
        }
        Registration r = kryo.getRegistration(id);
        if (r == null) {
            throw new SnapshotException("damaged snapshot: no class is registered with id " + id);
        }
        if (id >= byId.length) {
            byId = Arrays.copyOf(byId, Math.max(id + 1, byId.length * 2));
        }
        byId[id] = r;
        return r;
    }

    /**
     * Called by a mutable value's serializer as soon as it has made the object, before
     * reading what it contains, so that references back to it (cycles) resolve.
     */
    int claim() {
        int id = pending;
        pending = -1;
        return id;
    }

    void bind(int id, Object o) {
        read[id] = o;
    }
}
