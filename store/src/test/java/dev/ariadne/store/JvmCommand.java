package dev.ariadne.store;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The command line of a child JVM like this one: the same {@code java}, JVM flags
 * (Chronicle's {@code --add-opens} among them) and class path; shared with the command
 * line's tests, which start the command this way.
 */
public final class JvmCommand {
    private JvmCommand() {
    }

    /** {@code java <this JVM's flags> <extraJvmArgs> -cp <class path> <mainClass> <args>}. */
    public static List<String> of(List<String> extraJvmArgs, String mainClass, List<String> args) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(ManagementFactory.getRuntimeMXBean().getInputArguments());
        command.addAll(extraJvmArgs);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(mainClass);
        command.addAll(args);
        return command;
    }
}
