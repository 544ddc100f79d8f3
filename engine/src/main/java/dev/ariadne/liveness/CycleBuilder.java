package dev.ariadne.liveness;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntPredicate;

/**
 * Walks a fair component from its entry state through everything fairness asks of a
 * cycle — an edge of each fair instance taken inside it, a state where each weakly fair
 * instance that is not taken is disabled, an accepting state — and back, each leg the
 * shortest path inside the component.
 */
final class CycleBuilder {
    private final Graph g;
    private final int[] members;
    private final int cid;
    private final int[] mark;
    private final IntPredicate accept;
    private final StopCheck cancel;
    /** Fair instances enabled somewhere in the component, and which of them are taken inside it. */
    private final int[] instances;
    private final boolean[] takenInside;
    private final boolean[] done;
    private boolean accepted;
    private final int[] seen;
    private final int[] prevEdge;
    private final int[] prevState;
    private final int[] queue;

    CycleBuilder(Graph g, int[] members, int cid, int[] mark, IntPredicate accept, int[] enabledIn, boolean[] taken,
                 StopCheck cancel) {
        this.g = g;
        this.members = members;
        this.cid = cid;
        this.mark = mark;
        this.accept = accept;
        this.cancel = cancel;
        this.accepted = accept == null;
        int[] ks = new int[g.instances];
        int n = 0;
        for (int k = 0; k < g.instances; k++) {
            if (enabledIn[k] > 0) {
                ks[n++] = k;
            }
        }
        this.instances = Arrays.copyOf(ks, n);
        this.takenInside = new boolean[n];
        for (int i = 0; i < n; i++) {
            takenInside[i] = taken[instances[i]];
        }
        this.done = new boolean[n];
        this.seen = new int[g.n];
        this.prevEdge = new int[g.n];
        this.prevState = new int[g.n];
        this.queue = new int[members.length];
    }

    /** Appends the cycle from {@code entry} (the last of {@code states}) back to it; appends nothing to stutter there. */
    void build(int entry, List<Integer> states, List<Integer> edges) {
        int cur = entry;
        visit(cur);
        for (int i = 0; i <= instances.length; i++) {
            if (i == instances.length ? accepted : done[i]) {
                continue;
            }
            if (i == instances.length) {
                cur = walk(cur, accept, states, edges);
                continue;
            }
            int k = instances[i];
            if (takenInside[i]) {
                cur = walk(cur, s -> edgeOf(s, k) >= 0, states, edges);
                int e = edgeOf(cur, k);
                cur = g.target[e];
                step(e, states, edges);
            } else {
                cur = walk(cur, s -> !enabled(s, k), states, edges);
            }
        }
        walk(cur, s -> s == entry, states, edges);
    }

    /** An edge of fair instance k from s that stays inside the component, or -1. */
    private int edgeOf(int s, int k) {
        for (int e = g.start[s]; e < g.start[s + 1]; e++) {
            if (g.fair[e] == k && mark[g.target[e]] == cid) {
                return e;
            }
        }
        return -1;
    }

    private boolean enabled(int s, int k) {
        for (int e = g.start[s]; e < g.start[s + 1]; e++) {
            if (g.fair[e] == k) {
                return true;
            }
        }
        return false;
    }

    private void visit(int s) {
        for (int i = 0; i < instances.length; i++) {
            if (!takenInside[i] && !done[i] && !enabled(s, instances[i])) {
                done[i] = true;
            }
        }
        if (!accepted && accept.test(s)) {
            accepted = true;
        }
    }

    private void taken(int e) {
        for (int i = 0; i < instances.length; i++) {
            if (takenInside[i] && instances[i] == g.fair[e]) {
                done[i] = true;
            }
        }
    }

    private void step(int e, List<Integer> states, List<Integer> edges) {
        states.add(g.target[e]);
        edges.add(e);
        taken(e);
        visit(g.target[e]);
    }

    /** The shortest path inside the component from {@code from} to a state where {@code goal} holds, appended; where it ends. */
    private int walk(int from, IntPredicate goal, List<Integer> states, List<Integer> edges) {
        if (goal.test(from)) {
            return from;
        }
        stamp++;
        seen[from] = stamp;
        int tail = 0;
        queue[tail++] = from;
        for (int head = 0; head < tail; head++) {
            int u = queue[head];
            cancel.check();
            for (int e = g.start[u]; e < g.start[u + 1]; e++) {
                int v = g.target[e];
                if (mark[v] != cid || seen[v] == stamp) {
                    continue;
                }
                seen[v] = stamp;
                prevEdge[v] = e;
                prevState[v] = u;
                if (goal.test(v)) {
                    List<Integer> path = new ArrayList<>();
                    for (int s = v; s != from; s = prevState[s]) {
                        path.add(prevEdge[s]);
                    }
                    for (int i = path.size() - 1; i >= 0; i--) {
                        step(path.get(i), states, edges);
                    }
                    return v;
                }
                queue[tail++] = v;
            }
        }
        throw new IllegalStateException("no path inside a strongly connected component");
    }

    private int stamp;
}
