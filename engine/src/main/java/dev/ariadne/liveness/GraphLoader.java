package dev.ariadne.liveness;

import dev.ariadne.collect.LongTable;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.function.LongUnaryOperator;

/** Reads a run's {@link GraphFile} into a {@link Graph}, naming every edge's successor by its sequence number. */
final class GraphLoader {
    private GraphLoader() {
    }

    /**
     * @param states      the run's distinct states; the file must hold one record for each
     * @param fingerprint the fingerprint of the state with a sequence number
     * @param levels      the first state of each depth, from the initial states (at 0) on
     */
    static Graph load(GraphFile file, int words, int states, LongUnaryOperator fingerprint, int[] levels)
            throws IOException {
        if (file.records() != states) {
            throw new IOException("the state graph '" + file.path() + "' holds " + file.records()
                    + " states, the store " + states);
        }
        long edgeBytes = file.length() - (long) states * (4 + 8L * words);
        long edges = edgeBytes / GraphFile.EDGE_BYTES;
        if (edgeBytes < 0 || edgeBytes % GraphFile.EDGE_BYTES != 0 || edges > Integer.MAX_VALUE - 8) {
            throw new IOException("the state graph '" + file.path() + "' has " + file.length() + " bytes, which is no"
                    + " whole number of records for " + states + " states");
        }
        long[] fps = new long[states];
        LongTable seqOf = new LongTable(states, true);
        for (int s = 0; s < states; s++) {
            fps[s] = fingerprint.applyAsLong(s);
            seqOf.put(fps[s], s);
        }
        int m = (int) edges;
        int[] start = new int[states + 1];
        int[] target = new int[m];
        int[] step = new int[m];
        int[] fair = new int[m];
        long[] bits = new long[states * words];
        Map<Long, Integer> keys = new HashMap<>();
        int[] at = {0};
        IOException[] bad = {null};
        file.read(new GraphFile.RecordSink() {
            @Override
            public void begin(long seq, long[] b, int n) {
                start[(int) seq] = at[0];
                System.arraycopy(b, 0, bits, (int) seq * words, words);
            }

            @Override
            public void edge(long seq, long fp, int st, long key) {
                int e = at[0]++;
                int t = (int) seqOf.get(fp, -1);
                if (t < 0 && bad[0] == null) {
                    bad[0] = new IOException("the state graph names a successor " + Long.toHexString(fp)
                            + " of state " + seq + " that the store does not hold");
                }
                target[e] = t;
                step[e] = st;
                fair[e] = key == 0 ? -1 : keys.computeIfAbsent(key, k -> keys.size());
            }
        }, words);
        if (bad[0] != null) {
            throw bad[0];
        }
        start[states] = at[0];
        boolean[] strong = new boolean[keys.size()];
        keys.forEach((k, i) -> strong[i] = FairSteps.strong(k));
        return new Graph(fps, start, target, step, fair, strong, keys.size(), bits, words, levels);
    }
}
