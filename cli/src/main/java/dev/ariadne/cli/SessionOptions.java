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

    @Option(names = "--timeout", paramLabel = "DURATION",
            description = "stop after 30s, 10m, 2h, ...; the run is left resumable")
    String timeout;

    @Option(names = "--progress", paramLabel = "SECONDS",
            description = "interval of progress lines on standard error; 0 for none"
                    + " (default: 10 when standard error is a terminal, else 60)")
    Integer progress;

    @Option(names = "--checkpoint", paramLabel = "SECONDS",
            description = "write a checkpoint this often; one is always written when the run stops (default: "
                    + DEFAULT_CHECKPOINT_SECONDS + ")")
    Integer checkpoint;

    @Option(names = "--json", paramLabel = "FILE", description = "write the JSON report to FILE ('-': standard output)")
    String json;

    /** Checks the values and turns them into a session; bad values are usage errors. */
    SessionSettings toSession(CliContext ctx) {
        int n = workers == null ? Runtime.getRuntime().availableProcessors() : workers;
        if (n < 1 || n > MAX_WORKERS) {
            throw bad("--workers must be between 1 and " + MAX_WORKERS + ", not " + n);
        }
        if (!isolation.equals("thread") && !isolation.equals("process")) {
            throw bad("--isolation must be 'thread' or 'process', not '" + isolation + "'");
        }
        long timeoutMillis = 0;
        if (timeout != null) {
            try {
                timeoutMillis = Durations.parseMillis(timeout);
            } catch (IllegalArgumentException e) {
                throw bad("--timeout: " + e.getMessage());
            }
        }
        int progressSeconds = progress == null ? (ctx.stderrIsTerminal() ? 10 : 60) : progress;
        if (progressSeconds < 0) {
            throw bad("--progress must be 0 (none) or a number of seconds, not " + progressSeconds);
        }
        int checkpointSeconds = checkpoint == null ? DEFAULT_CHECKPOINT_SECONDS : checkpoint;
        if (checkpointSeconds < 0) {
            throw bad("--checkpoint must be 0 (only when the run stops) or a number of seconds, not "
                    + checkpointSeconds);
        }
        if (json != null && !json.equals("-")) {
            Path parent = ctx.resolve(json).toAbsolutePath().getParent();
            if (json.isEmpty() || parent == null || !Files.isDirectory(parent)) {
                throw bad("--json: cannot write '" + json + "': its directory does not exist");
            }
            if (Files.isDirectory(ctx.resolve(json))) {
                throw bad("--json: '" + json + "' is a directory");
            }
        }
        Isolation iso = isolation.equals("process") ? Isolation.PROCESS : Isolation.THREAD;
        return new SessionSettings(n, iso, timeoutMillis, checkpointSeconds * 1000L, progressSeconds * 1000L, json);
    }

    private ParameterException bad(String message) {
        return new ParameterException(spec.commandLine(), message);
    }
}
