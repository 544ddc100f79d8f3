package dev.ariadne.cli;

import dev.ariadne.api.Isolation;
import dev.ariadne.api.SessionBuilder;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.nio.file.Files;
import java.nio.file.Path;

/** The options that {@code check} and {@code resume} share: how this session runs, not what it explores. */
final class SessionOptions {
    /** Checkpoint interval when none is given (CLI contract: a checkpoint also at every stop). */
    static final int DEFAULT_CHECKPOINT_SECONDS = 60;
    private static final int MAX_WORKERS = SessionBuilder.MAX_WORKERS;

    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    @Option(names = "--workers", paramLabel = "N", description = "parallel workers (default: the number of cores)")
    Integer workers;

    @Option(names = "--isolation", paramLabel = "thread|process",
            description = "workers as threads of this JVM, or as worker processes (default: thread)")
    String isolation = "thread";

    @Option(names = "--worker-jvms", paramLabel = "N",
            description = "with --isolation process: how many worker JVMs run the workers, as threads shared out"
                    + " evenly (default: one per " + dev.ariadne.api.Invocation.WORKERS_PER_JVM + " workers)")
    Integer workerJvms;

    @Option(names = "--timeout", paramLabel = "DURATION",
            description = "stop after 30s, 10m, 2h, ...; the run is left resumable")
    String timeout;

    @Option(names = "--progress", paramLabel = "SECONDS",
            description = "interval of progress reports on standard error; 0 for none (default: on a terminal,"
                    + " one line updated every second; else a line every 60 seconds)")
    Integer progress;

    @Option(names = {"-q", "--quiet"}, description = "no progress reports (the report and errors are still printed)")
    boolean quiet;

    @Option(names = "--checkpoint", paramLabel = "SECONDS",
            description = "write a checkpoint this often; one is always written when the run stops (default: "
                    + DEFAULT_CHECKPOINT_SECONDS + ")")
    Integer checkpoint;

    @Option(names = "--json", paramLabel = "FILE", description = "write the JSON report to FILE ('-': standard output)")
    String json;

    @Option(names = "--html", paramLabel = "FILE",
            description = "write the HTML report to FILE: one self-contained page with the verdict, each trace"
                    + " and, for small runs, the state graph")
    String html;

    /** Checks the values and turns them into a session; bad values are usage errors. */
    SessionSettings toSession(CliContext ctx) {
        int n = workers == null ? Runtime.getRuntime().availableProcessors() : workers;
        if (n < 1 || n > MAX_WORKERS) {
            throw bad("--workers must be between 1 and " + MAX_WORKERS + ", not " + n);
        }
        if (!isolation.equals("thread") && !isolation.equals("process")) {
            throw bad("--isolation must be 'thread' or 'process', not '" + isolation + "'");
        }
        if (workerJvms != null && (workerJvms < 1 || workerJvms > n)) {
            throw bad("--worker-jvms must be between 1 and the number of workers (" + n + "), not " + workerJvms);
        }
        if (workerJvms != null && !isolation.equals("process")) {
            throw bad("--worker-jvms needs --isolation process: thread workers run in this JVM");
        }
        long timeoutMillis = 0;
        if (timeout != null) {
            try {
                timeoutMillis = Durations.parseMillis(timeout);
            } catch (IllegalArgumentException e) {
                throw bad("--timeout: " + e.getMessage());
            }
        }
        if (quiet && progress != null && progress != 0) {
            throw bad("--quiet and --progress " + progress + " contradict each other");
        }
        int progressSeconds = quiet ? 0 : progress == null ? (ctx.stderrIsTerminal() ? 1 : 60) : progress;
        if (progressSeconds < 0) {
            throw bad("--progress must be 0 (none) or a number of seconds, not " + progressSeconds);
        }
        int checkpointSeconds = checkpoint == null ? DEFAULT_CHECKPOINT_SECONDS : checkpoint;
        if (checkpointSeconds < 0) {
            throw bad("--checkpoint must be 0 (only when the run stops) or a number of seconds, not "
                    + checkpointSeconds);
        }
        if (json != null && !json.equals("-")) {
            checkFile(ctx, "--json", json);
        }
        if (html != null) {
            if (html.equals("-")) {
                throw bad("--html needs a file: the report is a page to open in a browser");
            }
            checkFile(ctx, "--html", html);
        }
        Isolation iso = isolation.equals("process") ? Isolation.PROCESS : Isolation.THREAD;
        int jvms = workerJvms != null ? workerJvms : dev.ariadne.api.Invocation.defaultJvms(n);
        return new SessionSettings(n, iso, jvms, timeoutMillis, checkpointSeconds * 1000L, progressSeconds * 1000L,
                ctx.stderrIsTerminal(), json, html);
    }

    private void checkFile(CliContext ctx, String option, String file) {
        Path parent = ctx.resolve(file).toAbsolutePath().getParent();
        if (file.isEmpty() || parent == null || !Files.isDirectory(parent)) {
            throw bad(option + ": cannot write '" + file + "': its directory does not exist");
        }
        if (Files.isDirectory(ctx.resolve(file))) {
            throw bad(option + ": '" + file + "' is a directory");
        }
    }

    private ParameterException bad(String message) {
        return new ParameterException(spec.commandLine(), message);
    }
}
