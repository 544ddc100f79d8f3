package dev.ariadne.explore;

import dev.ariadne.expand.Batch;
import dev.ariadne.expand.BatchResult;
import dev.ariadne.expand.RunContext;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Batches whose workers kept failing for reasons outside the model, cut into one task per
 * state (to name the state the failure strikes on, and to spare the others), and the parts'
 * results until the whole batch is back.
 */
final class SplitBatches {
    /** A batch that was cut, and its parts' results so far. */
    private static final class Split {
        final Batch whole;
        final BatchResult[] parts;
        int left;

        Split(Batch whole) {
            this.whole = whole;
            this.parts = new BatchResult[whole.size()];
            this.left = whole.size();
        }
    }

    /** Sub-batch to the split it belongs to; identity, since sub-batches share their batch's index. */
    private final Map<Batch, Split> splits = new IdentityHashMap<>();

    /** The one-state batches of {@code b}, to be submitted each as a task of its own. */
    List<Batch> split(Batch b, RunContext run) {
        Split split = new Split(b);
        List<Batch> out = new ArrayList<>(b.size());
        for (int i = 0; i < b.size(); i++) {
            Batch one = new Batch(run, b.index(), b.firstSeq() + i, new long[] {b.fps()[i]}, new int[] {b.depths()[i]},
                    new byte[][] {b.snapshots()[i]});
            splits.put(one, split);
            out.add(one);
        }
        return out;
    }

    /**
     * The result of {@code b}: for a batch never split, {@code r}; for a part, the whole
     * batch's result once its last part is in (and {@code done} is told the whole batch), else null.
     */
    BatchResult deliver(Batch b, BatchResult r, Batch[] done) {
        Split split = splits.remove(b);
        if (split == null) {
            done[0] = b;
            return r;
        }
        split.parts[(int) (b.firstSeq() - split.whole.firstSeq())] = r;
        if (--split.left > 0) {
            return null;
        }
        done[0] = split.whole;
        return BatchResult.concat(split.parts);
    }
}
