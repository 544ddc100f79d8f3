package dev.ariadne.cli;

import dev.ariadne.api.CheckRun;
import dev.ariadne.api.Invocation;
import dev.ariadne.api.Isolation;
import dev.ariadne.api.RunSpec;
import dev.ariadne.result.CheckResult;
import dev.ariadne.storage.DamagedStoreException;
import dev.ariadne.storage.Checkpoint;
import dev.ariadne.expand.ExploreOptions;
import dev.ariadne.result.OutsideFault;
import dev.ariadne.result.Status;
import dev.ariadne.explore.TraceBuilder;
import dev.ariadne.result.TraceStep;
import dev.ariadne.result.Violation;
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

    /**
     * What to run: the program, its open store and how the store is shown to the user.
     *
     * @param label the run's name within a matrix (its constants, e.g. {@code N=3}), or null for a lone run
     */
    record Target(String model, Program program, ChronicleStateStore store, String storeShown, ExploreOptions options,
                  String label) {
        Target(String model, Program program, ChronicleStateStore store, String storeShown, ExploreOptions options) {
            this(model, program, store, storeShown, options, null);
        }

        String tag() {
            return label == null ? "run" : label;
        }
    }

    /** Explores, prints the reports and returns the exit status. */
    static int run(CliContext ctx, Session session, Target target) {
        return run(ctx, session, List.of(target));
    }

    /**
     * Explores several runs at once on one worker pool (a {@code --const} matrix), each
     * with its own tag and store, then reports each; the exit status is the most severe.
     */
    static int run(CliContext ctx, Session session, List<Target> targets) {
        PrintStream human = session.jsonToStdout() ? ctx.err() : ctx.out();
        List<CheckResult> results = explore(ctx, session, targets, human);
        List<RunReport> reports = new ArrayList<>();
        int exit = ExitCodes.OK;
        for (int i = 0; i < targets.size(); i++) {
            Target target = targets.get(i);
            CheckResult result = results.get(i);
            if (result.status() == Status.FAILED) {
                exit = ExitCodes.worst(exit, failed(ctx, target, result.failure()));
                continue;
            }
            String stopReason = ctx.stop().reason();
            if (result.failure() instanceof OutsideFault fault) {
                ctx.err().println(Faults.line(fault, target.storeShown()));
                stopReason = fault.getMessage();
            }
            saveResult(target.store(), result);
            List<List<TraceStep>> traces = new ArrayList<>();
            TraceBuilder builder = new TraceBuilder(target.program(), target.store(), target.options().symmetry());
            try {
                for (Violation v : result.violations()) {
                    traces.add(builder.trace(v));
                }
            } catch (DamagedStoreException e) {
                throw CliError.usage("the run directory is damaged: " + e.getMessage());
            }
            RunReport report = new RunReport(target.model(), target.program(), result, traces, session.workers(),
                    session.isolation().name().toLowerCase(java.util.Locale.ROOT), target.storeShown(),
                    stopReason, session.timeoutMillis());
            reports.add(report);
            if (targets.size() > 1) {
                human.println();
                human.println("== " + target.label() + " ==");
            }
            HumanReport.violations(human, target.program(), result.violations(), traces);
            HumanReport.summary(human, report);
            exit = ExitCodes.worst(exit, ExitCodes.of(result.status()));
        }
        human.flush();
        if (session.json() != null) {
            JsonOutput.writeAfterRun(ctx, session.json(), JsonReport.runs(reports));
        }
        return exit;
    }

    private static List<CheckResult> explore(CliContext ctx, Session session, List<Target> targets, PrintStream human) {
        try (Invocation invocation = new Invocation(session.workers(), session.isolation(),
                notice -> ctx.err().println("ariadne: " + notice))) {
            List<CheckRun> runs = new ArrayList<>();
            for (int i = 0; i < targets.size(); i++) {
                Target t = targets.get(i);
                String prefix = targets.size() > 1 ? t.label() + " " : "";
                RunSpec spec = new RunSpec(t.tag(), t.program(), t.store(), t.options(), i, human::println,
                        p -> ctx.err().println(prefix + ProgressLine.format(p)));
                CheckRun run = invocation.start(spec);
                ctx.stop().register(run);
                runs.add(run);
            }
            List<CheckResult> results = new ArrayList<>();
            try {
                for (CheckRun run : runs) {
                    results.add(awaitUninterruptibly(run));
                }
            } finally {
                runs.forEach(ctx.stop()::unregister);
            }
            return results;
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

    /**
     * Says why a session failed and returns the exit status. A failed session never leaves its
     * store marked clean: whatever it wrote after its last checkpoint is dropped by the next open.
     */
    private static int failed(CliContext ctx, Target target, Throwable failure) {
        target.store().leaveForRecovery();
        StoreException full = target.store().diskFull(failure);
        if (full != null) {
            ctx.err().println("ariadne: " + Faults.diskFull(full, target.storeShown()));
            return ExitCodes.INTERRUPTED;
        }
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof StoreException se) {
                throw CliError.usage("the store failed: " + se.getMessage());
            }
            if (t instanceof DamagedStoreException de) {
                throw CliError.usage("the run directory is damaged: " + de.getMessage());
            }
            if (t instanceof OutOfMemoryError) {
                // Not a bug, and the run is resumable from its last checkpoint with a larger heap.
                ctx.err().println(Faults.outOfMemory(target.storeShown()));
                return ExitCodes.INTERRUPTED;
            }
        }
        ctx.err().println("ariadne: internal failure of the checker (a bug, please report it):");
        if (failure != null) {
            failure.printStackTrace(ctx.err());
        }
        return ExitCodes.INTERNAL;
    }
}
