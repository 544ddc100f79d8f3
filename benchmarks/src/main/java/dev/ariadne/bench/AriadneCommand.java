package dev.ariadne.bench;

import dev.ariadne.pool.WorkerLauncher;

import java.io.File;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * How to start the command line: the repository's {@code ./ariadne} launcher, as a user does
 * (the default), or {@code java} with this JVM's class path and flags, for the smoke test
 * (which must not make the launcher run Maven inside Maven).
 */
final class AriadneCommand {
    private final Path launcher;

    private AriadneCommand(Path launcher) {
        this.launcher = launcher;
    }

    static AriadneCommand launcher(Path script) {
        return new AriadneCommand(script.toAbsolutePath());
    }

    static AriadneCommand fromClasspath() {
        return new AriadneCommand(null);
    }

    String describe() {
        return launcher == null ? "java -cp <this JVM's class path> dev.ariadne.cli.Main" : launcher.toString();
    }

    /** The command line running {@code ariadne ARGS} with these extra JVM options. */
    List<String> command(List<String> args, List<String> javaOpts) {
        List<String> cmd = new ArrayList<>();
        if (launcher != null) {
            cmd.add(launcher.toString());
        } else {
            cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            // This JVM's flags are those Chronicle Map needs (Surefire's argLine); agents, recordings
            // and this JVM's own GC logging stay behind (the harness sets the run's).
            for (String a : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
                if (WorkerLauncher.isInheritable(a) && !a.startsWith("-Xlog")) {
                    cmd.add(a);
                }
            }
            cmd.addAll(javaOpts);
            cmd.add("-cp");
            cmd.add(System.getProperty("java.class.path"));
            cmd.add("dev.ariadne.cli.Main");
        }
        cmd.addAll(args);
        return cmd;
    }

    /** The environment: the launcher takes extra JVM options from {@code ARIADNE_JAVA_OPTS}. */
    Map<String, String> environment(List<String> javaOpts) {
        if (launcher == null) {
            return Map.of();
        }
        return Map.of("ARIADNE_JAVA_OPTS", String.join(" ", javaOpts));
    }

    /**
     * Runs {@code ariadne --version} once: with the launcher this builds the command if it is
     * missing or stale, so that no measured run includes a build. Returns the version text.
     */
    String version(Path root) throws IOException, InterruptedException {
        Path out = Files.createTempFile("ariadne-version", ".txt");
        try {
            Process p = new ProcessBuilder(command(List.of("--version"), List.of()))
                    .directory(root.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(out.toFile())
                    .redirectInput(new File("/dev/null"))
                    .start();
            try {
                if (!p.waitFor(15, TimeUnit.MINUTES) || p.exitValue() != 0) {
                    throw new IOException("'" + describe() + " --version' failed:\n" + Files.readString(out));
                }
            } finally {
                p.destroyForcibly();
            }
            return Files.readAllLines(out).stream()
                    .filter(l -> !l.startsWith("ariadne: building"))
                    .findFirst().orElse("?").trim();
        } finally {
            Files.deleteIfExists(out);
        }
    }
}
