package dev.ariadne.storage;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A state store on the JVM heap, for tests, benchmarks of the engine alone and small
 * runs that need not be resumed. Reads are lock-free; the single writer synchronises.
 */
public final class MemoryStateStore implements StateStore {
    private final Map<Long, StateRecord> records = new ConcurrentHashMap<>();
    private final Map<Long, byte[]> snapshots = new ConcurrentHashMap<>();
    private long[] order = new long[1024];
    private volatile int size;
    private final Map<String, String> metadata = new HashMap<>();
    private Checkpoint checkpoint;

    @Override
    public synchronized void add(long seq, long fp, long parentFp, int stepId, int depth, byte[] snapshot, int off, int len) {
        if (seq != size) {
            throw new IllegalStateException("sequence number " + seq + " added at size " + size);
        }
        records.put(fp, new StateRecord(seq, parentFp, stepId, depth));
        byte[] copy = new byte[len];
        System.arraycopy(snapshot, off, copy, 0, len);
        snapshots.put(fp, copy);
        if (size == order.length) {
            order = Arrays.copyOf(order, size * 2);
        }
        order[size] = fp;
        size++;
    }

    @Override
    public long size() {
        return size;
    }

    @Override
    public StateRecord record(long fp) {
        return records.get(fp);
    }

    @Override
    public synchronized long fingerprintAt(long seq) {
        return order[(int) seq];
    }

    @Override
    public byte[] snapshot(long fp) {
        return snapshots.get(fp);
    }

    @Override
    public synchronized void checkpoint(Checkpoint checkpoint) {
        this.checkpoint = checkpoint;
    }

    @Override
    public synchronized Checkpoint lastCheckpoint() {
        return checkpoint;
    }

    @Override
    public synchronized void putMetadata(String key, String value) {
        metadata.put(key, value);
    }

    @Override
    public synchronized String metadata(String key) {
        return metadata.get(key);
    }

    @Override
    public void close() {
    }
}
