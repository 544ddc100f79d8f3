package dev.ariadne.expand;

import dev.ariadne.pool.Task;
import dev.ariadne.pool.TaskHandler;

import java.util.IdentityHashMap;
import java.util.Map;

/** A thread worker's handler: expands batches, keeping one {@link Expander} per run it has seen. */
public final class ExpandHandler implements TaskHandler<Batch, BatchResult> {
    private final Map<RunContext, Expander> expanders = new IdentityHashMap<>();

    @Override
    public BatchResult handle(Task<Batch> task) {
        Batch batch = task.payload;
        Expander e = expanders.computeIfAbsent(batch.run(), Expander::new);
        return e.expand(batch, task::isCancelled);
    }
}
