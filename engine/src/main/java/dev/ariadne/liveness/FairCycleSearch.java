package dev.ariadne.liveness;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.function.IntPredicate;

/**
 * Looks for a fair behaviour that stays, from a trigger state on, inside a region of the
 * graph for ever (and, for {@code eventually always}, passes accepting states infinitely
 * often): the shape of every property's violation. States reachable from the triggers
 * inside the region are cut into strongly connected components; a component is fair when
 * every weakly fair instance enabled in all its states is taken inside it and every
 * strongly fair instance enabled in one of its states is taken inside it. A component that
 * fails only strong fairness loses the states where the offending instances are enabled
 * and is cut again (Emerson and Lei). Every state may also stutter, so a single state with
 * no fair instance enabled is a fair component.
 */
final class FairCycleSearch {
    /** The part of a violation inside the graph: a path from a trigger into a fair component, then a cycle. */
    record Found(int[] states, int[] edges, int loopTo) {
    }

    private final Graph g;
    private final IntPredicate region;
    private final IntPredicate trigger;
    private final IntPredicate accept;
    private final SccDecomposition scc;
    private final StopCheck cancel;
    private final int[] mark;
    private int nextMark = 1;
    private final int[] dist;
    private final int[] parentEdge;
    private final int[] parentState;
    // per candidate, indexed by fair instance
    private final int[] enabledIn;
    private final int[] lastState;
    private final boolean[] taken;
    private final boolean[] bad;
    /** The instances {@link #judge} met in the component, {@code touched[0, touchedCount)}. */
    private final int[] touched;
    private int touchedCount;

    FairCycleSearch(Graph g, IntPredicate region, IntPredicate trigger, IntPredicate accept, StopCheck cancel) {
        this.g = g;
        this.region = region;
        this.trigger = trigger;
        this.accept = accept;
        this.cancel = cancel;
        this.scc = new SccDecomposition(g, cancel);
        this.mark = new int[g.n];
        this.dist = new int[g.n];
        this.parentEdge = new int[g.n];
        this.parentState = new int[g.n];
        this.enabledIn = new int[g.instances];
        this.lastState = new int[g.instances];
        this.taken = new boolean[g.instances];
        this.bad = new boolean[g.instances];
        this.touched = new int[g.instances];
        Arrays.fill(lastState, -1);
    }

    /** A violation, or null when every behaviour that enters the region from a trigger leaves it or is unfair. */
    Found search() {
        int[] reach = reach();
        if (reach.length == 0) {
            return null;
        }
        int id = nextMark++;
        for (int s : reach) {
            mark[s] = id;
        }
        Deque<int[]> candidates = new ArrayDeque<>();
        List<int[]> comps = scc.components(reach, mark, id);
        // nearest components first: the first fair one found gives the shortest stem (ties in Tarjan's order)
        long[] order = new long[comps.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = ((long) nearest(comps.get(i)) << 32) | i;
        }
        Arrays.sort(order);
        for (int i = order.length - 1; i >= 0; i--) {
            candidates.push(comps.get((int) order[i]));
        }
        while (!candidates.isEmpty()) {
            int[] c = candidates.pop();
            int cid = nextMark++;
            for (int s : c) {
                mark[s] = cid;
            }
            Verdict v = judge(c, cid);
            if (v == Verdict.FAIR) {
                return lasso(c, cid);
            }
            if (v == Verdict.REFINE) {
                int[] rest = withoutBadStates(c);
                clearInstances();
                if (rest.length > 0) {
                    int sub = nextMark++;
                    for (int s : rest) {
                        mark[s] = sub;
                    }
                    List<int[]> parts = scc.components(rest, mark, sub);
                    for (int i = parts.size() - 1; i >= 0; i--) {
                        candidates.push(parts.get(i));
                    }
                }
            } else {
                clearInstances();
            }
        }
        return null;
    }

    /**
     * Breadth-first inside the region from every trigger, each trigger entering the queue at
     * its own depth in the store (its distance from an initial state), so that {@code dist}
     * is the length of the shortest stem through a trigger, not just from one.
     */
    private int[] reach() {
        Arrays.fill(dist, -1);
        int[] queue = new int[g.n];
        int head = 0;
        int tail = 0;
        int next = 0; // triggers join in sequence order, which is depth order
        while (true) {
            int d;
            if (head == tail) {
                while (next < g.n && !(dist[next] < 0 && region.test(next) && trigger.test(next))) {
                    next++;
                }
                if (next == g.n) {
                    break;
                }
                d = g.depth(next) - 1;
            } else {
                d = dist[queue[head]];
            }
            // triggers one level deeper than the front join behind it, keeping the queue in distance order
            while (next < g.n && g.depth(next) <= d + 1) {
                int s = next++;
                if (dist[s] < 0 && region.test(s) && trigger.test(s)) {
                    dist[s] = g.depth(s);
                    parentEdge[s] = -1;
                    parentState[s] = -1;
                    queue[tail++] = s;
                }
            }
            if (head == tail) {
                continue;
            }
            int u = queue[head++];
            cancel.check();
            for (int e = g.start[u]; e < g.start[u + 1]; e++) {
                int v = g.target[e];
                if (dist[v] < 0 && region.test(v)) {
                    dist[v] = dist[u] + 1;
                    parentEdge[v] = e;
                    parentState[v] = u;
                    queue[tail++] = v;
                }
            }
        }
        return Arrays.copyOf(queue, tail);
    }

    private int nearest(int[] c) {
        int best = Integer.MAX_VALUE;
        for (int s : c) {
            best = Math.min(best, dist[s]);
        }
        return best;
    }

    private enum Verdict { FAIR, UNFAIR, REFINE }

    /** Counts, for each fair instance, the states of {@code c} where it is enabled and whether it is taken inside. */
    private Verdict judge(int[] c, int cid) {
        boolean accepted = accept == null;
        touchedCount = 0;
        for (int s : c) {
            accepted = accepted || accept.test(s);
            for (int e = g.start[s]; e < g.start[s + 1]; e++) {
                int k = g.fair[e];
                if (k < 0) {
                    continue;
                }
                if (lastState[k] != s) {
                    if (lastState[k] < 0) {
                        touched[touchedCount++] = k;
                    }
                    lastState[k] = s;
                    enabledIn[k]++;
                }
                if (mark[g.target[e]] == cid) {
                    taken[k] = true;
                }
            }
        }
        if (!accepted) {
            return Verdict.UNFAIR;
        }
        boolean refine = false;
        for (int i = 0; i < touchedCount; i++) {
            int k = touched[i];
            if (taken[k]) {
                continue;
            }
            if (!g.strong[k] && enabledIn[k] == c.length) {
                return Verdict.UNFAIR; // enabled throughout, never taken: no cycle inside is weakly fair
            }
            if (g.strong[k]) {
                bad[k] = true;
                refine = true;
            }
        }
        return refine ? Verdict.REFINE : Verdict.FAIR;
    }

    /** The states of {@code c} where no strongly fair instance that is never taken inside it is enabled. */
    private int[] withoutBadStates(int[] c) {
        int[] keep = new int[c.length];
        int n = 0;
        for (int s : c) {
            boolean ok = true;
            for (int e = g.start[s]; e < g.start[s + 1] && ok; e++) {
                ok = g.fair[e] < 0 || !bad[g.fair[e]];
            }
            if (ok) {
                keep[n++] = s;
            }
        }
        return Arrays.copyOf(keep, n);
    }

    /** Forgets what {@link #judge} counted (only the instances it touched). */
    private void clearInstances() {
        for (int i = 0; i < touchedCount; i++) {
            int k = touched[i];
            enabledIn[k] = 0;
            lastState[k] = -1;
            taken[k] = false;
            bad[k] = false;
        }
        touchedCount = 0;
    }

    /** The stem from the nearest trigger into the fair component {@code c}, then a fair cycle through it. */
    private Found lasso(int[] c, int cid) {
        int entry = c[0];
        for (int s : c) {
            if (dist[s] < dist[entry] || (dist[s] == dist[entry] && s < entry)) {
                entry = s;
            }
        }
        List<Integer> states = new ArrayList<>();
        List<Integer> edges = new ArrayList<>();
        for (int s = entry; s >= 0; s = parentState[s]) {
            states.add(s);
            edges.add(parentEdge[s]);
        }
        java.util.Collections.reverse(states);
        java.util.Collections.reverse(edges);
        int loopTo = states.size() - 1;
        new CycleBuilder(g, c, cid, mark, accept, enabledIn, taken, cancel).build(entry, states, edges);
        clearInstances();
        if (states.size() - 1 == loopTo) {
            loopTo = -1; // nothing fair is enabled in the entry: it stutters there for ever
        }
        return new Found(states.stream().mapToInt(i -> i).toArray(), edges.stream().mapToInt(i -> i).toArray(), loopTo);
    }
}
