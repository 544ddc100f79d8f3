package dev.ariadne.expand.remote;

import dev.ariadne.expand.Batch;
import dev.ariadne.expand.BatchResult;
import dev.ariadne.expand.BatchWire;
import dev.ariadne.pool.Task;
import dev.ariadne.pool.TaskCodec;

/** The coordinator's half of the batch protocol: batches out, batch results in. */
public final class RemoteTaskCodec implements TaskCodec<Batch, BatchResult> {
    @Override
    public byte[] encodeTask(Task<Batch> task) {
        return BatchWire.encodeBatch(task.payload);
    }

    @Override
    public BatchResult decodeResult(Task<Batch> task, byte[] result) {
        return BatchWire.decodeResult(result);
    }
}
