package dev.ariadne.spark;

import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;

/**
 * The one {@code local[2]} Spark context of this test JVM (Spark allows one at a time),
 * started on first use, shared by the tests and the in-process checks they run, stopped
 * when the JVM exits.
 */
public final class LocalSpark {
    private static JavaSparkContext context;

    private LocalSpark() {
    }

    public static synchronized JavaSparkContext context() {
        if (context == null) {
            Logs.quiet();
            context = new JavaSparkContext(ClusterConf.of("local[2]", "tests.ari"));
            SparkEngine.share(context);
            Runtime.getRuntime().addShutdownHook(new Thread(context::stop));
        }
        return context;
    }
}
