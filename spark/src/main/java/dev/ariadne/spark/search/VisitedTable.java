package dev.ariadne.spark.search;

import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;

/**
 * The visited states one partition owns: fingerprint to parent fingerprint, step and depth,
 * by open addressing. Depth 0 marks an empty slot (a state's depth is at least 1). The
 * parent pointers stay here, in their partition, for traces rebuilt by lookups.
 */
public final class VisitedTable implements Serializable {
    private static final long serialVersionUID = 1L;

    private transient long[] keys;
    private transient long[] parents;
    private transient int[] steps;
    private transient int[] depths;
    private transient int size;

    public VisitedTable() {
        allocate(1024);
    }

    private void allocate(int capacity) {
        keys = new long[capacity];
        parents = new long[capacity];
        steps = new int[capacity];
        depths = new int[capacity];
        size = 0;
    }

    public int size() {
        return size;
    }

    /** The slot of {@code fp}, or {@code -(free slot) - 1}. */
    private int slot(long fp) {
        int mask = keys.length - 1;
        for (int i = Owners.mix(fp) & mask; ; i = (i + 1) & mask) {
            if (depths[i] == 0) {
                return -i - 1;
            }
            if (keys[i] == fp) {
                return i;
            }
        }
    }

    /** The depth at which {@code fp} was found, or 0 when it was not. */
    public int depth(long fp) {
        int s = slot(fp);
        return s < 0 ? 0 : depths[s];
    }

    /** {@code {parent, step, depth}} of a visited state, or null. */
    public long[] lookup(long fp) {
        int s = slot(fp);
        return s < 0 ? null : new long[] {parents[s], steps[s], depths[s]};
    }

    /** Records {@code fp} (again: a retried task overwrites what its failed attempt wrote). */
    public void put(long fp, long parent, int step, int depth) {
        if ((size + 1) * 10 > keys.length * 6) {
            grow();
        }
        int s = slot(fp);
        if (s < 0) {
            s = -s - 1;
            size++;
        }
        keys[s] = fp;
        parents[s] = parent;
        steps[s] = step;
        depths[s] = depth;
    }

    private void grow() {
        long[] k = keys;
        long[] p = parents;
        int[] st = steps;
        int[] d = depths;
        allocate(k.length * 2);
        for (int i = 0; i < k.length; i++) {
            if (d[i] != 0) {
                put(k[i], p[i], st[i], d[i]);
            }
        }
    }

    private void writeObject(ObjectOutputStream out) throws IOException {
        out.defaultWriteObject();
        out.writeInt(size);
        out.writeObject(keys);
        out.writeObject(parents);
        out.writeObject(steps);
        out.writeObject(depths);
    }

    private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
        in.defaultReadObject();
        size = in.readInt();
        keys = (long[]) in.readObject();
        parents = (long[]) in.readObject();
        steps = (int[]) in.readObject();
        depths = (int[]) in.readObject();
    }
}
