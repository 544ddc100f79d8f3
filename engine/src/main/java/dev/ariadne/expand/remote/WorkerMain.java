package dev.ariadne.expand.remote;

import dev.ariadne.pool.WorkerLoop;

import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import jdk.jfr.Configuration;
import jdk.jfr.Recording;

/** The entry point of a worker process: serves the pool over its standard input and output. */
public final class WorkerMain {
    private WorkerMain() {
    }

    /**
     * A file to record this worker's flight recording to (JFR's profile settings, written at
     * exit): {@code -XX:StartFlightRecording} cannot be used in a worker, since the JVM then
     * prints a start-up notice on the standard output that carries the frames. Given through
     * {@code ARIADNE_WORKER_JAVA_OPTS='-Dariadne.worker.jfr=/tmp/w%w.jfr'}, with JFR's settings
     * named by {@code ariadne.worker.jfr.settings} (a name such as {@code default}, or a {@code .jfc} file).
     */
    static final String JFR_PROPERTY = "ariadne.worker.jfr";

    public static void main(String[] args) throws Exception {
        String jfr = System.getProperty(JFR_PROPERTY);
        if (jfr != null) {
            String settings = System.getProperty(JFR_PROPERTY + ".settings", "profile");
            Recording r = new Recording(settings.endsWith(".jfc") ? Configuration.create(Path.of(settings))
                    : Configuration.getConfiguration(settings));
            r.setDestination(Path.of(jfr));
            r.setDumpOnExit(true);
            r.start();
        }
        FileOutputStream protocol = new FileOutputStream(FileDescriptor.out);
        // Anything a library prints must not corrupt the protocol: standard output goes to standard error.
        System.setOut(new PrintStream(new FileOutputStream(FileDescriptor.err), true));
        int status = new WorkerLoop(new BatchWorker(), new FileInputStream(FileDescriptor.in), protocol).run();
        System.exit(status);
    }
}
