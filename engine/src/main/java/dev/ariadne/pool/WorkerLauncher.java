package dev.ariadne.pool;

import java.io.File;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;

/**
 * How to start a worker JVM: the same Java, class path and JVM flags as this one
 * (Chronicle's flags included), minus debugging agents, running the worker main class.
 */
public final class WorkerLauncher {
    private final String mainClass;
    private final List<String> extraArgs;

    public WorkerLauncher(String mainClass, List<String> extraArgs) {
        this.mainClass = mainClass;
        this.extraArgs = List.copyOf(extraArgs);
    }

    public ProcessBuilder command() {
        List<String> cmd = new ArrayList<>();
        cmd.add(System.getProperty("java.home") + File.separator + "bin" + File.separator + "java");
        for (String arg : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
            if (!arg.startsWith("-agentlib") && !arg.startsWith("-javaagent") && !arg.startsWith("-Xrunjdwp")
                    && !arg.startsWith("-XX:StartFlightRecording") && !arg.startsWith("-XX:FlightRecorderOptions")) {
                cmd.add(arg);
            }
        }
        cmd.addAll(extraArgs);
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.add(mainClass);
        return new ProcessBuilder(cmd);
    }
}
