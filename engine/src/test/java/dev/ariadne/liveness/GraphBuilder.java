package dev.ariadne.liveness;

import java.util.ArrayList;
import java.util.List;

/** A hand-written state graph for tests: states numbered from 0, edges labelled with a fair instance or none. */
final class GraphBuilder {
    private record Edge(int from, int to, int fair) {
    }

    private final int n;
    private final boolean[] p;
    private final List<Edge> edges = new ArrayList<>();
    private final List<Boolean> strong = new ArrayList<>();
    private int[] levels = {0};

    GraphBuilder(int states) {
        this.n = states;
        this.p = new boolean[states];
    }

    /** Where the predicate P (bit 0) holds. */
    GraphBuilder p(int... states) {
        for (int s : states) {
            p[s] = true;
        }
        return this;
    }

    /** A weakly fair instance; returns its index. */
    int weak() {
        strong.add(false);
        return strong.size() - 1;
    }

    int strong() {
        strong.add(true);
        return strong.size() - 1;
    }

    GraphBuilder edge(int from, int to) {
        return edge(from, to, -1);
    }

    GraphBuilder edge(int from, int to, int fair) {
        edges.add(new Edge(from, to, fair));
        return this;
    }

    /** The first state of each depth after the first (the initial states are {@code [0, levels[0])}). */
    GraphBuilder levels(int... starts) {
        levels = new int[starts.length + 1];
        System.arraycopy(starts, 0, levels, 1, starts.length);
        return this;
    }

    Graph build() {
        int[] start = new int[n + 1];
        List<Edge> sorted = new ArrayList<>(edges);
        sorted.sort((a, b) -> Integer.compare(a.from, b.from));
        int m = sorted.size();
        int[] target = new int[m];
        int[] step = new int[m];
        int[] fair = new int[m];
        int e = 0;
        for (int s = 0; s < n; s++) {
            start[s] = e;
            while (e < m && sorted.get(e).from == s) {
                target[e] = sorted.get(e).to;
                step[e] = e;
                fair[e] = sorted.get(e).fair;
                e++;
            }
        }
        start[n] = m;
        long[] fps = new long[n];
        long[] bits = new long[n];
        for (int s = 0; s < n; s++) {
            fps[s] = 1000 + s;
            bits[s] = p[s] ? 1 : 0;
        }
        boolean[] st = new boolean[strong.size()];
        for (int i = 0; i < st.length; i++) {
            st[i] = strong.get(i);
        }
        return new Graph(fps, start, target, step, fair, st, st.length, bits, 1, levels);
    }
}
