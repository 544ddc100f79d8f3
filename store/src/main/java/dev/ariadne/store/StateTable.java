package dev.ariadne.store;

import dev.ariadne.collect.LongTable;
import dev.ariadne.storage.StateRecord;

import java.util.Arrays;

/**
 * The states of a small run on the heap, in discovery order: fingerprints, records and
 * snapshots in parallel arrays, with a fingerprint index. One writer adds; readers on any
 * thread (the workers of thread isolation) read under the same lock, which costs nothing
 * at the sizes a small store keeps.
 */
final class StateTable {
    private long[] fps = new long[64];
    private long[] parents = new long[64];
    private int[] steps = new int[64];
    private int[] depths = new int[64];
    private byte[][] snapshots = new byte[64][];
    /** Fingerprint to sequence number. */
    private final LongTable index = new LongTable(64, true);
    private int size;
    /** The snapshot bytes held, for the migration threshold. */
    private long bytes;

    /** Appends a state; {@code seq} must be the size. The snapshot bytes are copied. */
    synchronized void add(long seq, long fp, long parentFp, int stepId, int depth, byte[] snapshot, int off, int len) {
        if (seq != size) {
            throw new IllegalArgumentException("seq " + seq + " is not the next sequence number " + size);
        }
        if (size == fps.length) {
            int n = size * 2;
            fps = Arrays.copyOf(fps, n);
            parents = Arrays.copyOf(parents, n);
            steps = Arrays.copyOf(steps, n);
            depths = Arrays.copyOf(depths, n);
            snapshots = Arrays.copyOf(snapshots, n);
        }
        fps[size] = fp;
        parents[size] = parentFp;
        steps[size] = stepId;
        depths[size] = depth;
        snapshots[size] = Arrays.copyOfRange(snapshot, off, off + len);
        index.put(fp, size);
        bytes += len;
        size++;
    }

    synchronized int size() {
        return size;
    }

    synchronized long bytes() {
        return bytes;
    }

    synchronized long fingerprintAt(long seq) {
        if (seq < 0 || seq >= size) {
            throw new IndexOutOfBoundsException("seq " + seq + " outside [0, " + size + ")");
        }
        return fps[(int) seq];
    }

    synchronized StateRecord recordAt(long seq) {
        return seq >= 0 && seq < size ? recordOf((int) seq) : null;
    }

    synchronized StateRecord record(long fp) {
        int seq = seqOf(fp);
        return seq < 0 ? null : recordOf(seq);
    }

    synchronized byte[] snapshotAt(long seq) {
        return seq >= 0 && seq < size ? snapshots[(int) seq] : null;
    }

    synchronized byte[] snapshot(long fp) {
        int seq = seqOf(fp);
        return seq < 0 ? null : snapshots[seq];
    }

    /** The sequence number of {@code fp}, or -1; 0 is no fingerprint (a user may still ask for it: trace --state). */
    private int seqOf(long fp) {
        return fp == 0 ? -1 : (int) index.get(fp, -1);
    }

    private StateRecord recordOf(int seq) {
        return new StateRecord(seq, parents[seq], steps[seq], depths[seq]);
    }

    /** Calls {@code action} with each of the first {@code count} states, in order. */
    synchronized void forEach(int count, StateAction action) {
        for (int i = 0; i < count; i++) {
            action.accept(i, fps[i], parents[i], steps[i], depths[i], snapshots[i]);
        }
    }

    /** What {@link #forEach} hands each state to. */
    @FunctionalInterface
    interface StateAction {
        void accept(int seq, long fp, long parentFp, int stepId, int depth, byte[] snapshot);
    }
}
