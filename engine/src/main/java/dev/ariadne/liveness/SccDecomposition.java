package dev.ariadne.liveness;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Tarjan's strongly connected components of the part of a {@link Graph} whose states carry
 * one mark, iteratively (graphs are far deeper than a thread's stack). Components come out
 * in reverse topological order, each in the order its states were found; the order depends
 * only on the graph, so a check gives the same counterexample every time.
 */
final class SccDecomposition {
    private final Graph g;
    private final int[] index;
    private final int[] low;
    private final int[] stack;
    private final boolean[] onStack;
    private final int[] callState;
    private final int[] callEdge;
    private final StopCheck cancel;

    SccDecomposition(Graph g, StopCheck cancel) {
        this.g = g;
        this.cancel = cancel;
        this.index = new int[g.n];
        this.low = new int[g.n];
        this.stack = new int[g.n];
        this.onStack = new boolean[g.n];
        this.callState = new int[g.n];
        this.callEdge = new int[g.n];
        Arrays.fill(index, -1);
    }

    /** The components of the states {@code members} (all marked {@code id} in {@code mark}). */
    List<int[]> components(int[] members, int[] mark, int id) {
        for (int s : members) {
            index[s] = -1;
        }
        List<int[]> out = new ArrayList<>();
        int counter = 0;
        int sp = 0;
        for (int root : members) {
            if (index[root] >= 0) {
                continue;
            }
            int depth = 0;
            callState[0] = root;
            callEdge[0] = g.start[root];
            index[root] = low[root] = counter++;
            stack[sp++] = root;
            onStack[root] = true;
            while (depth >= 0) {
                int u = callState[depth];
                int e = callEdge[depth];
                if (e < g.start[u + 1]) {
                    callEdge[depth] = e + 1;
                    int v = g.target[e];
                    if (mark[v] != id) {
                        continue;
                    }
                    if (index[v] < 0) {
                        cancel.check();
                        index[v] = low[v] = counter++;
                        stack[sp++] = v;
                        onStack[v] = true;
                        depth++;
                        callState[depth] = v;
                        callEdge[depth] = g.start[v];
                    } else if (onStack[v]) {
                        low[u] = Math.min(low[u], index[v]);
                    }
                    continue;
                }
                if (low[u] == index[u]) {
                    int from = sp;
                    do {
                        from--;
                    } while (stack[from] != u);
                    int[] comp = Arrays.copyOfRange(stack, from, sp);
                    for (int s : comp) {
                        onStack[s] = false;
                    }
                    sp = from;
                    out.add(comp);
                }
                depth--;
                if (depth >= 0) {
                    int parent = callState[depth];
                    low[parent] = Math.min(low[parent], low[u]);
                }
            }
        }
        return out;
    }
}
