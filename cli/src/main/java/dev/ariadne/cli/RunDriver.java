package dev.ariadne.cli;

import dev.ariadne.api.CheckRun;
import dev.ariadne.api.Invocation;
import dev.ariadne.api.Isolation;
import dev.ariadne.api.RunSpec;
import dev.ariadne.explore.CheckResult;
import dev.ariadne.explore.Checkpoint;
import dev.ariadne.explore.ExploreOptions;
import dev.ariadne.explore.Status;
import dev.ariadne.explore.TraceBuilder;
import dev.ariadne.explore.TraceStep;
import dev.ariadne.explore.Violation;
import dev.ariadne.lang.compile.Program;
import dev.ariadne.store.ChronicleStateStore;
import dev.ariadne.store.StoreException;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs one session of a run whose store is open, then reports it: the part {@code check}
 * and {@code resume} share. The session ends with a checkpoint (the explorer writes one
 * whenever it stops), after which the verdict and violations are saved in the store too.
 */
final class RunDriver {
    private RunDriver() {
    }

    /** What to run: the program, its open store and how the store is shown to the user. */
    record Target(String model, Program program, ChronicleStateStore store, String storeShown, ExploreOptions options) {
    }

    /** Explores, prints the reports and returns the exit status. */
    static int run(CliContext ctx, Session session, Target target) {
        PrintStream human = session.jsonToStdout() ? ctx.err() : ctx.out();
        CheckResult result = explore(ctx, session, target, human);
        if (result.status() == Status.FAILED) {
            return failed(ctx, result.failure());
        }
        saveResult(target.store(), result);
        List<List<TraceStep>> traces = new ArrayList<>();
        TraceBuilder builder = new TraceBuilder(target.program(), target.store());
        for (Violation v : result.violations()) {
            traces.add(builder.trace(v));
        }
        RunReport report = new RunReport(target.model(), target.program(), result, traces, session.workers(),
                "thread", target.storeShown(), ctx.stop().reason(), session.timeoutMillis());
        HumanReport.violations(human, target.program(), result.violations(), traces);
        HumanReport.summary(human, report);
        human.flush();
        if (session.json() != null) {
            JsonOutput.write(ctx, session.json(), JsonReport.runs(List.of(report)));
        }
        return ExitCodes.of(result.status());
    }

    private static CheckResult explore(CliContext ctx, Session session, Target target, PrintStream human) {
        RunSpec spec = new RunSpec("run", target.program(), target.store(), target.options(), 0, human::println,
                p -> ctx.err().println(ProgressLine.format(p)));
        try (Invocation invocation = new Invocation(session.workers(), Isolation.THREAD)) {
            CheckRun run = invocation.start(spec);
            ctx.stop().register(run);
            try {
                return awaitUninterruptibly(run);
            } finally {
                ctx.stop().unregister(run);
            }
        }
    }

    private static CheckResult awaitUninterruptibly(CheckRun run) {
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return run.await();
                } catch (InterruptedException e) {
                    // Stop the run properly (checkpoint) rather than leave it behind.
                    interrupted = true;
                    run.requestStop();
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Saves the verdict and violations, then checkpoints again so they are durable (the state is unchanged). */
    private static void saveResult(ChronicleStateStore store, CheckResult result) {
        Checkpoint last = store.lastCheckpoint();
        if (last == null) {
            return;
        }
        store.putMetadata(RunMetadata.RESULT_STATUS, result.status().label);
        store.putMetadata(RunMetadata.RESULT_VIOLATIONS, StoredViolations.write(result.violations()));
        store.checkpoint(last);
    }

    private static int failed(CliContext ctx, Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof StoreException se) {
                throw CliError.usage("the store failed: " + se.getMessage());
            }
            if (t instanceof OutOfMemoryError) {
                // Not a bug, and the run is resumable from its last checkpoint with a larger heap.
                ctx.err().println("ariadne: out of memory; resume the run with more, e.g. ARIADNE_JAVA_OPTS=-Xmx8g");
                return ExitCodes.INTERNAL;
            }
        }
        ctx.err().println("ariadne: internal failure of the checker (a bug, please report it):");
        if (failure != null) {
            failure.printStackTrace(ctx.err());
        }
        return ExitCodes.INTERNAL;
    }
}
