package dev.ariadne.cli;

import dev.ariadne.api.Ariadne;
import dev.ariadne.api.CheckException;
import dev.ariadne.api.ResumeBuilder;
import dev.ariadne.api.RunMetadata;
import dev.ariadne.api.Session;
import dev.ariadne.api.StoredRun;
import dev.ariadne.result.Status;
import dev.ariadne.storage.Checkpoint;
import dev.ariadne.storage.StorageException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code ariadne resume RUN_DIR}: continues a stopped check from its store's last checkpoint. */
@Command(name = "resume", sortOptions = false, mixinStandardHelpOptions = true,
        description = "Continue a check that was interrupted (Ctrl-C, SIGTERM, --timeout) from its run directory."
                + " The model text, constants, --no-deadlock, --max-depth and --continue are the stored ones;"
                + " a run that had already finished reports its result again.")
final class ResumeCommand implements Callable<Integer> {
    private final CliContext ctx;

    @Parameters(index = "0", paramLabel = "RUN_DIR", description = "the run directory of the check")
    String dir;

    @Mixin
    SessionOptions sessionOptions;

    @Mixin
    EngineOptions engineOptions;

    ResumeCommand(CliContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public Integer call() {
        SessionSettings settings = sessionOptions.toSession(ctx);
        var other = DistributedRun.stored(ctx, dir);
        if (other != null) {
            return DistributedRun.resume(ctx, settings, engineOptions, dir, other.getKey(), other.getValue());
        }
        if (engineOptions.distributed()) {
            DistributedRun.find(engineOptions.engine); // says so when the engine itself is missing
            throw CliError.usage("'" + dir + "' holds no run of the " + engineOptions.engine + " engine");
        }
        ctx.stop().arm();
        PrintStream human = settings.jsonToStdout() ? ctx.err() : ctx.out();
        ProgressDisplay display = new ProgressDisplay(ctx.err(), settings.liveProgress());
        ResumeBuilder resume = SessionReports.printThrough(settings.applyTo(Ariadne.resume(ctx.resolve(dir))), ctx,
                human, display).shownAs(dir);
        boolean matrix = resume.isMatrix();
        Session session;
        try {
            session = resume.prepare();
        } catch (CheckException e) {
            throw CliError.usage(e.getMessage());
        } catch (StorageException e) {
            throw Faults.storeFailed(e, dir);
        }
        try (session) {
            List<String> shown = new ArrayList<>();
            if (matrix) {
                for (Session.Run run : session.runs()) {
                    shown.add(run.stored().shown());
                }
                human.println("Resuming the matrix in " + dir + " (" + shown.size() + " runs) with "
                        + settings.workers() + (settings.workers() == 1 ? " worker" : " workers"));
            } else {
                shown.add(dir);
                describe(human, settings, session.runs().get(0).stored());
            }
            return SessionReports.run(ctx, settings, session, shown, display);
        } catch (StorageException e) {
            throw Faults.storeFailed(e, dir);
        }
    }

    /** What is resumed: notes on a changed model or a crash, then the header and where the run stands. */
    private void describe(PrintStream human, SessionSettings settings, StoredRun run) {
        RunMetadata meta = run.metadata();
        warnIfModelChanged(meta);
        if (run.store().crashedBefore()) {
            ctx.err().println(String.format(Locale.US, "ariadne: note: the last session of this run did not "
                    + "stop cleanly; it continues from its last checkpoint (%,d states after it dropped)",
                    run.store().droppedStates()));
        }
        String saved = run.savedStatus();
        Checkpoint cp = run.store().lastCheckpoint();
        HumanReport.header(human, "Resuming", meta.modelPath(), RunSummary.constants(run.program()),
                settings.workers());
        if (saved != null && !saved.equals(Status.INTERRUPTED.label)) {
            human.println("The run in " + dir + " had already finished (" + saved + "); its result:");
        } else if (cp != null) {
            human.println(String.format(Locale.US, "  from %s: %,d distinct states, %,d on the queue", dir,
                    cp.discovered(), cp.discovered() - cp.expanded()));
        }
    }

    /** The run continues with its saved text; say so if the file now differs, so nobody is surprised. */
    private void warnIfModelChanged(RunMetadata meta) {
        Path file = ctx.resolve(meta.modelPath());
        if (!Files.isRegularFile(file)) {
            return;
        }
        try {
            if (!RunMetadata.sha256(Files.readString(file)).equals(meta.modelSha256())) {
                ctx.err().println("ariadne: note: " + meta.modelPath() + " has changed since this run started; "
                        + "the run continues with the model as it was then");
            }
        } catch (IOException | RuntimeException e) {
            // Unreadable now: the saved text is what counts anyway.
        }
    }
}
