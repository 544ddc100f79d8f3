package dev.ariadne.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What one invocation of the command works with: its output streams, the directory that
 * relative paths are resolved against, whether standard error is a terminal, and the
 * switch that stops its runs. Tests build one per in-process invocation.
 */
record CliContext(PrintStream out, PrintStream err, Path cwd, boolean stderrIsTerminal, StopSwitch stop) {

    /** A path as the user wrote it, resolved against the working directory. */
    Path resolve(String path) {
        return cwd.resolve(path);
    }

    /**
     * Whether this process's standard error is a terminal. Java 17 cannot ask directly
     * ({@code System.console()} looks at standard input and output), so the launcher tells
     * through {@code -Dariadne.stderr.tty}; otherwise Linux's {@code /proc} answers.
     */
    static boolean detectStderrTerminal() {
        String told = System.getProperty("ariadne.stderr.tty");
        if (told != null) {
            return Boolean.parseBoolean(told);
        }
        try {
            String target = Files.readSymbolicLink(Path.of("/proc/self/fd/2")).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return System.console() != null;
        }
    }
}
