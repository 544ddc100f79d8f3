package dev.ariadne.spark;

import dev.ariadne.cli.engine.EngineException;
import org.apache.spark.api.java.JavaSparkContext;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The start of a run's Spark context, bounded in time: the master must accept the
 * application and the cluster start an executor for it within the wait, or the run ends
 * with one line (exit status 2) instead of Spark's silent wait for resources, which has
 * no end. Spark's constructor cannot be interrupted, so it runs on a thread of its own; a
 * context that comes up after the run gave up on it is stopped at once.
 */
final class ContextStart {
    private final Object lock = new Object();
    private boolean abandoned;

    private ContextStart() {
    }

    /** A context on {@code master} with at least one executor (the driver's own in {@code local} mode). */
    static JavaSparkContext start(String master, String model, long waitMillis) {
        return new ContextStart().run(master, model, waitMillis);
    }

    private JavaSparkContext run(String master, String model, long waitMillis) {
        long deadline = waitMillis > 0 ? System.nanoTime() + waitMillis * 1_000_000 : Long.MAX_VALUE;
        CompletableFuture<JavaSparkContext> made = new CompletableFuture<>();
        Thread starter = new Thread(() -> {
            try {
                JavaSparkContext sc = new JavaSparkContext(ClusterConf.of(master, model));
                synchronized (lock) {
                    if (abandoned) {
                        stop(sc);
                        return;
                    }
                    made.complete(sc);
                }
            } catch (Throwable e) {
                made.completeExceptionally(e);
            }
        }, "ariadne-spark-start");
        starter.setDaemon(true);
        starter.start();
        JavaSparkContext sc;
        try {
            sc = waitMillis > 0 ? made.get(waitMillis, TimeUnit.MILLISECONDS) : made.get();
        } catch (ExecutionException e) {
            throw new EngineException(EngineException.USAGE, "cannot start Spark on '" + master + "': "
                    + Failures.reason(e.getCause()));
        } catch (TimeoutException | InterruptedException e) {
            synchronized (lock) {
                abandoned = true;
                if (made.isDone() && !made.isCompletedExceptionally()) {
                    stop(made.join());
                }
            }
            throw noExecutor(master, waitMillis);
        }
        if (master.startsWith("local") || sc.getConf().getBoolean("spark.dynamicAllocation.enabled", false)) {
            return sc; // local: the driver runs the tasks; dynamic allocation: executors come with the first job
        }
        try {
            // the driver is one of the executors the tracker knows: the run needs one more
            while (sc.sc().statusTracker().getExecutorInfos().length < 2) {
                if (sc.sc().isStopped()) {
                    throw new EngineException(EngineException.USAGE, "the Spark master '" + master
                            + "' ended the run before any executor started (" + HINT + ")");
                }
                if (System.nanoTime() > deadline) {
                    throw noExecutor(master, waitMillis);
                }
                Thread.sleep(100);
            }
            return sc;
        } catch (InterruptedException | RuntimeException e) {
            stop(sc);
            if (e instanceof EngineException ee) {
                throw ee;
            }
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            throw new EngineException(EngineException.USAGE, "cannot start Spark on '" + master + "': "
                    + Failures.reason(e));
        }
    }

    /**
     * Stops a context without the stack traces Spark's RPC futures print straight to standard
     * error when an executor's connection closes while the context stops (seen on a loaded
     * machine at the end of a run): nothing of the run is printed there meanwhile, the
     * command's own messages go to the stream it was given.
     */
    static void stop(JavaSparkContext sc) {
        java.io.PrintStream err = System.err;
        System.setErr(new java.io.PrintStream(java.io.OutputStream.nullOutputStream()));
        try {
            sc.stop();
        } finally {
            System.setErr(err);
        }
    }

    /**
     * The run had no executor within the wait. Said the same whether Spark's start was still
     * registering with the master or waiting for resources: how far Spark's own start got in
     * the time depends on the machine's load, and the user's remedies are the same.
     */
    private static EngineException noExecutor(String master, long waitMillis) {
        return new EngineException(EngineException.USAGE, "no Spark executor started on '" + master + "' within "
                + seconds(waitMillis) + ": the master does not answer, or the cluster has no free cores or memory"
                + " for the run, or its workers cannot reach this driver (" + HINT + ")");
    }

    private static final String HINT = "wait longer with --executor-wait SECONDS";

    private static String seconds(long millis) {
        return millis % 1000 == 0 ? millis / 1000 + " s" : millis + " ms";
    }
}
