package dev.ariadne.spark;

import org.apache.logging.log4j.core.config.Configurator;

import java.net.URISyntaxException;
import java.net.URL;

/**
 * Keeps Spark quiet: its logging (INFO on standard error by default, warnings with stack
 * traces) is configured off, unless {@code ariadne.spark.log} or {@code ARIADNE_SPARK_LOG}
 * names a level. Done before Spark's first class logs, and once per JVM.
 */
final class Logs {
    private static final String CONFIG = "ariadne-spark-log4j2.properties";
    private static boolean done;

    private Logs() {
    }

    static synchronized void quiet() {
        if (done) {
            return;
        }
        done = true;
        URL config = Logs.class.getClassLoader().getResource(CONFIG);
        if (config == null || System.getProperty("log4j2.configurationFile") != null) {
            return; // the user's own configuration stands
        }
        System.setProperty("log4j2.configurationFile", config.toString());
        try {
            Configurator.reconfigure(config.toURI());
        } catch (URISyntaxException e) {
            // a resource URL is a URI: nothing to do but keep the default
        }
    }
}
