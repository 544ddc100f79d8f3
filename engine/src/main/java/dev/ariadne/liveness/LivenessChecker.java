package dev.ariadne.liveness;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.IntPredicate;
import java.util.function.LongUnaryOperator;

/**
 * Checks the temporal properties of a fully explored run on its recorded state graph: one
 * {@link FairCycleSearch} per property instance, run side by side on a pool of threads,
 * each giving a {@link Lasso} or nothing. The result depends only on the graph.
 */
public final class LivenessChecker {
    /** The verdict on one property instance: its counterexample, or null when it holds. */
    public record Outcome(PropertyInstances.Instance instance, Lasso lasso) {
    }

    /** How the store reached each state: its parent on a shortest path from an initial state, and the step. */
    public interface Tree {
        /** The link into {@code fp}; one lookup gives both, since a lookup reads the state's record from disk. */
        Link link(long fp);
    }

    /**
     * How a state was first reached.
     *
     * @param root   whether it is an initial state (then {@code parent} and {@code step} mean nothing)
     * @param parent the state it was reached from
     * @param step   the step that reached it
     */
    public record Link(boolean root, long parent, int step) {
    }

    /** The run was asked to stop during the check; it can be checked again from the same graph. */
    public static final class Interrupted extends Exception {
        Interrupted() {
            super("the liveness check was interrupted");
        }
    }

    private LivenessChecker() {
    }

    /**
     * @param states      the run's distinct states (every one expanded and in the graph)
     * @param fingerprint the fingerprint of a state by sequence number
     * @param levels      the first state of each depth, from the initial states (at 0) on
     */
    public static List<Outcome> check(GraphFile file, PropertyInstances props, int states, LongUnaryOperator fingerprint,
                                      int[] levels, Tree tree, int threads, BooleanSupplier stop,
                                      Consumer<String> note) throws IOException, Interrupted {
        long start = System.nanoTime();
        Graph g = GraphLoader.load(file, props.words(), states, fingerprint, levels);
        note.accept(String.format(Locale.US, "state graph read: %,d states, %,d edges, %,d fair instances in %.2f s",
                g.n, g.edges(), g.instances, (System.nanoTime() - start) / 1e9));
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads), r -> {
            Thread t = new Thread(r, "ariadne-liveness");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<Outcome>> futures = new ArrayList<>();
            for (PropertyInstances.Instance i : props.temporal()) {
                futures.add(pool.submit(() -> new Outcome(i, search(g, i, tree, stop))));
            }
            List<Outcome> out = new ArrayList<>();
            for (Future<Outcome> f : futures) {
                out.add(f.get());
            }
            return out;
        } catch (ExecutionException e) {
            if (e.getCause() instanceof StopCheck.Stopped) {
                throw new Interrupted();
            }
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Interrupted();
        } finally {
            pool.shutdownNow();
        }
    }

    private static Lasso search(Graph g, PropertyInstances.Instance i, Tree tree, BooleanSupplier stop) {
        int p = i.predicateBit();
        int q = i.targetBit();
        IntPredicate all = s -> true;
        IntPredicate initial = s -> s < g.initial;
        IntPredicate notP = s -> !g.bit(s, p);
        FairCycleSearch search = switch (i.form()) {
            case EVENTUALLY -> new FairCycleSearch(g, notP, initial, null, new StopCheck(stop));
            case ALWAYS_EVENTUALLY -> new FairCycleSearch(g, notP, all, null, new StopCheck(stop));
            case EVENTUALLY_ALWAYS -> new FairCycleSearch(g, all, initial, notP, new StopCheck(stop));
            case LEADS_TO -> new FairCycleSearch(g, s -> !g.bit(s, q), s -> g.bit(s, p), null, new StopCheck(stop));
            case ALWAYS -> throw new IllegalArgumentException("'always P' is checked on states, not on the graph");
        };
        FairCycleSearch.Found found = search.search();
        return found == null ? null : lasso(g, found, tree);
    }

    /** The whole behaviour: the store's shortest path to the trigger, then the search's path and cycle. */
    private static Lasso lasso(Graph g, FairCycleSearch.Found f, Tree tree) {
        List<Long> fps = new ArrayList<>();
        List<Integer> steps = new ArrayList<>();
        for (long at = g.fps[f.states()[0]]; ; ) {
            Link link = tree.link(at);
            fps.add(at);
            steps.add(link.root() ? -1 : link.step());
            if (link.root()) {
                break;
            }
            at = link.parent();
        }
        java.util.Collections.reverse(fps);
        java.util.Collections.reverse(steps);
        int stem = fps.size() - 1;
        for (int k = 1; k < f.states().length; k++) {
            fps.add(g.fps[f.states()[k]]);
            steps.add(g.step[f.edges()[k]]);
        }
        int loopTo = f.loopTo() < 0 ? -1 : stem + f.loopTo();
        return new Lasso(fps.stream().mapToLong(Long::longValue).toArray(), steps.stream().mapToInt(x -> x).toArray(),
                loopTo);
    }
}
