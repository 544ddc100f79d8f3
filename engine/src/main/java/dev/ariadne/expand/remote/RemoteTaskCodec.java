package dev.ariadne.expand.remote;

import dev.ariadne.expand.Batch;
import dev.ariadne.expand.BatchWire;
import dev.ariadne.pool.Task;
import dev.ariadne.pool.TaskCodec;

/** The coordinator's half of the batch protocol: batches out, batch results in. */
public final class RemoteTaskCodec implements TaskCodec {
    @Override
    public byte[] encodeTask(Task task) {
        return BatchWire.encodeBatch((Batch) task.payload);
    }

    @Override
    public Object decodeResult(Task task, byte[] result) {
        return BatchWire.decodeResult(result);
    }
}
