package dev.ariadne.pool;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Keeps a worker JVM's own output (its logging, {@code -verbose:gc}, JFR's start-up lines,
 * {@code -XX:+PrintCompilation}) on its standard error: its standard output carries the
 * pool's frames, and one stray line there would be read as a frame and kill the worker.
 */
final class VmOutput {
    /**
     * Flags put before the inherited ones: the JVM's default logging (warnings to standard
     * output) replaced by warnings to standard error, and the VM's own printing sent there too.
     */
    static final List<String> FIRST = List.of("-Xlog:disable", "-Xlog:all=warning:stderr",
            "-XX:+DisplayVMOutputToStderr");

    /** Environment variables whose JVM options a child would otherwise apply again (they are in the input arguments already). */
    static final List<String> OPTION_VARIABLES = List.of("JAVA_TOOL_OPTIONS", "_JAVA_OPTIONS", "JDK_JAVA_OPTIONS");

    private VmOutput() {
    }

    /** {@code flags}, each one that would write to standard output rewritten to write to standard error. */
    static List<String> toStderr(List<String> flags) {
        List<String> out = new ArrayList<>(flags.size());
        for (String flag : flags) {
            out.add(toStderr(flag));
        }
        return out;
    }

    /** The flag, rewritten if it would log to standard output. */
    static String toStderr(String flag) {
        switch (flag) {
            case "-verbose:gc":
                return "-Xlog:gc:stderr";
            case "-verbose:class":
                return "-Xlog:class+load=info,class+unload=info:stderr";
            case "-verbose:module":
                return "-Xlog:module+load=info,module+unload=info:stderr";
            case "-Xlog":
                return "-Xlog:all=info:stderr";
            default:
                break;
        }
        if (!flag.startsWith("-Xlog:")) {
            return flag;
        }
        // -Xlog:what[:output[:decorators[:options]]], the output being stdout when left out
        String[] parts = flag.substring("-Xlog:".length()).split(":", -1);
        if (parts[0].equals("disable") || parts[0].equals("help") || parts[0].startsWith("async")) {
            return flag;
        }
        if (parts.length == 1) {
            return flag + ":stderr";
        }
        if (parts[1].isEmpty() || parts[1].equals("stdout") || parts[1].equals("#0")) {
            parts[1] = "stderr";
            return "-Xlog:" + String.join(":", parts);
        }
        return flag;
    }

    /** Removes the option variables from a child's environment. */
    static void clearOptionVariables(Map<String, String> environment) {
        OPTION_VARIABLES.forEach(environment::remove);
    }
}
