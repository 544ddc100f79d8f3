package dev.ariadne.snapshot;

import com.esotericsoftware.kryo.Kryo;
import com.esotericsoftware.kryo.ReferenceResolver;
import dev.ariadne.value.DictV;
import dev.ariadne.value.ListV;
import dev.ariadne.value.Mutable;
import dev.ariadne.value.RecordV;
import dev.ariadne.value.SetV;

import java.util.Arrays;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Kryo's reference resolver, driven by the mark phase: a mutable object gets the next
 * number when the traversal first visits it (stored in the object itself, tagged with
 * the encoding pass, so no identity map is needed), and later visits write that number.
 * Frozen constant objects are shared between threads, so they are never marked: each
 * occurrence is written as a reference into the program's constant table.
 */
final class MarkResolver implements ReferenceResolver {
    private static final AtomicLong RESOLVERS = new AtomicLong();

    /** Unique over every resolver of the JVM, so a stale mark can never be mistaken for a current one. */
    private final long passBase = RESOLVERS.incrementAndGet() << 40;
    private long pass = passBase;
    private int written;
    private Object[] read = new Object[64];
    private int readCount;

    @Override
    public void setKryo(Kryo kryo) {
    }

    @Override
    public int getWrittenId(Object object) {
        Mutable m = (Mutable) object;
        return m.markPass == pass && !m.isFrozen() ? m.markId : -1;
    }

    @Override
    public int addWrittenObject(Object object) {
        Mutable m = (Mutable) object;
        int id = written++;
        if (!m.isFrozen()) {
            m.markPass = pass;
            m.markId = id;
        }
        return id;
    }

    @Override
    public int nextReadId(Class type) {
        if (readCount == read.length) {
            read = Arrays.copyOf(read, readCount * 2);
        }
        read[readCount] = null;
        return readCount++;
    }

    @Override
    public void setReadObject(int id, Object object) {
        read[id] = object;
    }

    @Override
    public Object getReadObject(Class type, int id) {
        return read[id];
    }

    @Override
    public void reset() {
        pass++;
        written = 0;
        Arrays.fill(read, 0, readCount, null);
        readCount = 0;
    }

    @Override
    public boolean useReferences(Class type) {
        return type == ListV.class || type == DictV.class || type == SetV.class || type == RecordV.class;
    }
}
