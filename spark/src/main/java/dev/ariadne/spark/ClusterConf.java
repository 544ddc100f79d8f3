package dev.ariadne.spark;

import org.apache.spark.SparkConf;

import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The Spark configuration of a run: the master, the JVM flags the executors need, the jar
 * they load the engine from, and a quick check that a standalone master answers at all
 * (Spark itself retries for a minute before it gives up).
 */
final class ClusterConf {
    /** What Spark 4 needs on Java 17, and the thread stack the model interpreter is tested with. */
    static final String EXECUTOR_FLAGS = "-Xss8m --add-opens=java.base/sun.nio.ch=ALL-UNNAMED"
            + " --add-opens=java.base/java.nio=ALL-UNNAMED --add-opens=java.base/java.lang=ALL-UNNAMED"
            + " --add-opens=java.base/java.util=ALL-UNNAMED --add-opens=java.base/java.lang.invoke=ALL-UNNAMED";
    /** System property naming the jars the executors load the engine from (default: the jar of this class). */
    static final String JARS_PROPERTY = "ariadne.spark.jars";

    private ClusterConf() {
    }

    /** The master a run goes to: the one given, else spark-submit's, else all the cores of this machine. */
    static String master(String given) {
        if (given != null) {
            return given;
        }
        return new SparkConf().get("spark.master", "local[*]");
    }

    static SparkConf of(String master, String model) {
        SparkConf conf = new SparkConf().setMaster(master).setAppName("ariadne " + Path.of(model).getFileName());
        conf.setIfMissing("spark.ui.enabled", "false");
        conf.setIfMissing("spark.ui.showConsoleProgress", "false");
        // A level's tasks are small and many levels run one after another: waiting the default 3 s for a
        // busy executor that holds a partition costs more than reading the partition from another one.
        conf.setIfMissing("spark.locality.wait", "100ms");
        // The flags the engine needs come first; the user's own options (a profiler, GC logging) after them.
        conf.set("spark.executor.extraJavaOptions",
                (EXECUTOR_FLAGS + " " + conf.get("spark.executor.extraJavaOptions", "")).strip());
        conf.setIfMissing("spark.driver.extraJavaOptions", EXECUTOR_FLAGS);
        String jars = System.getProperty(JARS_PROPERTY, ownJar());
        if (!conf.contains("spark.jars") && jars != null && !master.startsWith("local")) {
            conf.set("spark.jars", jars);
        }
        return conf;
    }

    /** The jar this engine was loaded from, or null when it runs from classes (the module's own tests). */
    private static String ownJar() {
        try {
            var source = ClusterConf.class.getProtectionDomain().getCodeSource();
            if (source == null) {
                return null;
            }
            Path p = Path.of(source.getLocation().toURI());
            return Files.isRegularFile(p) && p.toString().endsWith(".jar") ? p.toString() : null;
        } catch (Exception e) {
            return null;
        }
    }

    /**
     * Null when a standalone master answers (or the master is no {@code spark://} URL), else
     * why it cannot be reached.
     */
    static String unreachable(String master) {
        if (!master.startsWith("spark://")) {
            return null;
        }
        List<String> reasons = new ArrayList<>();
        for (String hostPort : master.substring("spark://".length()).split(",")) {
            try {
                URI u = URI.create("spark://" + hostPort);
                if (u.getHost() == null || u.getPort() < 0) {
                    return "expected spark://HOST:PORT";
                }
                try (Socket s = new Socket()) {
                    s.connect(new InetSocketAddress(u.getHost(), u.getPort()), 5000);
                    return null;
                }
            } catch (IllegalArgumentException e) {
                return "expected spark://HOST:PORT";
            } catch (java.io.IOException e) {
                reasons.add(hostPort + ": " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
            }
        }
        return String.join("; ", reasons);
    }
}
