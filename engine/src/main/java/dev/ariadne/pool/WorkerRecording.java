package dev.ariadne.pool;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import javax.management.ObjectName;

/**
 * The flight recording a worker JVM starts by itself when asked, to profile workers.
 * {@code -XX:StartFlightRecording} cannot be given to a worker as it is: the JVM then prints
 * its start-up notice on the standard output that carries the frames, whatever {@code -Xlog}
 * says, and the pool takes the worker for broken. {@link WorkerLauncher} turns that flag into
 * {@link #OPTIONS}; {@link #FILE} is the older, shorter form.
 */
final class WorkerRecording {
    /** JFR.start's options, comma-separated, as {@code -XX:StartFlightRecording} takes them. */
    static final String OPTIONS = "ariadne.worker.recording";
    /**
     * A file to write JFR's profile settings to at exit ({@code -Dariadne.worker.jfr=/tmp/w%w.jfr}),
     * other settings named by {@code ariadne.worker.jfr.settings} (a name such as {@code default},
     * or a {@code .jfc} file).
     */
    static final String FILE = "ariadne.worker.jfr";

    private WorkerRecording() {
    }

    /** Starts what the properties ask for, if anything; the notices go to the standard error. */
    static void startIfAsked() throws Exception {
        List<String> recordings = new ArrayList<>();
        String file = System.getProperty(FILE);
        if (file != null) {
            recordings.add("filename=" + file + ",settings=" + System.getProperty(FILE + ".settings", "profile"));
        }
        String options = System.getProperty(OPTIONS);
        if (options != null) {
            recordings.add(options);
        }
        for (String recording : recordings) {
            // JFR.start through the platform's diagnostic command, which returns its notice instead of printing it.
            Object notice = ManagementFactory.getPlatformMBeanServer().invoke(
                    new ObjectName("com.sun.management:type=DiagnosticCommand"), "jfrStart",
                    new Object[] {arguments(recording)}, new String[] {String[].class.getName()});
            System.err.print(notice);
        }
    }

    /** JFR.start's arguments for the options; written at exit unless they say otherwise, as the flag would be. */
    static String[] arguments(String options) {
        List<String> args = new ArrayList<>();
        for (String option : options.split(",")) {
            if (!option.isBlank()) {
                args.add(option.trim());
            }
        }
        if (args.stream().noneMatch(a -> a.startsWith("dumponexit="))) {
            args.add("dumponexit=true");
        }
        return args.toArray(new String[0]);
    }
}
