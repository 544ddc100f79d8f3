package dev.ariadne.cli;

import dev.ariadne.api.CheckReport;
import dev.ariadne.api.Session;
import dev.ariadne.result.CheckResult;
import dev.ariadne.result.OutsideFault;
import dev.ariadne.result.Status;
import dev.ariadne.storage.DamagedStoreException;
import dev.ariadne.storage.StorageException;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Runs a prepared session of the Java API (the part {@code check} and {@code resume}
 * share), then prints each run's report and gives the exit status, the most severe.
 */
final class SessionReports {
    private SessionReports() {
    }

    /**
     * Starts the session with the stop switch armed on it, waits, and reports.
     *
     * @param shown how each run's directory is shown to the user, in the session's order
     */
    static int run(CliContext ctx, SessionSettings settings, Session session, List<String> shown) {
        PrintStream human = settings.jsonToStdout() ? ctx.err() : ctx.out();
        List<CheckReport> reports;
        ctx.stop().register(session);
        try {
            session.start();
            reports = session.await();
        } catch (DamagedStoreException e) {
            throw CliError.usage("the run directory is damaged: " + e.getMessage());
        } finally {
            ctx.stop().unregister(session);
        }
        List<RunSummary> summaries = new ArrayList<>();
        int exit = ExitCodes.OK;
        for (int i = 0; i < reports.size(); i++) {
            CheckReport report = reports.get(i);
            CheckResult result = report.result();
            if (result.status() == Status.FAILED) {
                exit = ExitCodes.worst(exit, failed(ctx, shown.get(i), result.failure()));
                continue;
            }
            String stopReason = ctx.stop().reason();
            if (result.failure() instanceof OutsideFault fault) {
                ctx.err().println(Faults.line(fault, shown.get(i)));
                stopReason = fault.getMessage();
            }
            RunSummary summary = new RunSummary(report, settings.workers(),
                    settings.isolation().name().toLowerCase(Locale.ROOT), shown.get(i), stopReason,
                    settings.timeoutMillis());
            summaries.add(summary);
            if (reports.size() > 1) {
                human.println();
                human.println("== " + report.label() + " ==");
            }
            HumanReport.violations(human, report.program(), result.violations(), summary.traces());
            HumanReport.summary(human, summary);
            exit = ExitCodes.worst(exit, ExitCodes.of(result.status()));
        }
        human.flush();
        if (settings.json() != null) {
            JsonOutput.writeAfterRun(ctx, settings.json(), JsonReport.runs(summaries));
        }
        return exit;
    }

    /** Says why a session failed and returns the exit status; the API left its store for recovery. */
    private static int failed(CliContext ctx, String shown, Throwable failure) {
        if (failure instanceof StorageException full && full.diskFull()) {
            ctx.err().println("ariadne: " + Faults.diskFull(full, shown));
            return ExitCodes.INTERRUPTED;
        }
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof StorageException se) {
                throw Faults.storeFailed(se, shown);
            }
            if (t instanceof java.io.UncheckedIOException io && Faults.ioError(io) != null) {
                // A write of the run's own files (the liveness graph) failed: a fault of the machine.
                ctx.err().println("ariadne: " + Faults.ioError(io.getMessage(), shown));
                return ExitCodes.INTERRUPTED;
            }
            if (t instanceof DamagedStoreException de) {
                throw CliError.usage("the run directory is damaged: " + de.getMessage());
            }
            if (t instanceof OutOfMemoryError) {
                // Not a bug, and the run is resumable from its last checkpoint with a larger heap.
                ctx.err().println(Faults.outOfMemory(shown));
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
