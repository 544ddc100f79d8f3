package dev.ariadne.cli;

import dev.ariadne.explore.Checkpoint;
import dev.ariadne.explore.Status;
import dev.ariadne.store.RecoveryReport;
import dev.ariadne.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
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

    ResumeCommand(CliContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public Integer call() {
        Session session = sessionOptions.toSession(ctx);
        ctx.stop().arm();
        try (StoredRun run = StoredRun.open(ctx, dir, "resume")) {
            RunMetadata meta = run.metadata();
            PrintStream human = session.jsonToStdout() ? ctx.err() : ctx.out();
            warnIfModelChanged(meta);
            RecoveryReport recovery = run.store().recoveryReport();
            if (recovery.crashed()) {
                ctx.err().println(String.format(Locale.ROOT, "ariadne: note: the last session of this run did not "
                        + "stop cleanly; it continues from its last checkpoint (%,d states after it dropped)",
                        recovery.droppedStates()));
            }
            String saved = run.savedStatus();
            Checkpoint cp = run.store().lastCheckpoint();
            HumanReport.header(human, "Resuming", meta.modelPath(), RunReport.constants(run.program()),
                    session.workers());
            if (saved != null && !saved.equals(Status.INTERRUPTED.label)) {
                human.println("The run in " + dir + " had already finished (" + saved + "); its result:");
            } else if (cp != null) {
                human.println(String.format(Locale.ROOT, "  from %s: %,d distinct states, %,d on the queue", dir,
                        cp.discovered(), cp.discovered() - cp.expanded()));
            }
            return RunDriver.run(ctx, session, new RunDriver.Target(meta.modelPath(), run.program(), run.store(),
                    dir, meta.options(session)));
        } catch (StoreException e) {
            throw CliError.usage("the store failed: " + e.getMessage());
        }
    }

    /** The run continues with its saved text; say so if the file now differs, so nobody is surprised. */
    private void warnIfModelChanged(RunMetadata meta) {
        Path file = ctx.resolve(meta.modelPath());
        if (!Files.isRegularFile(file)) {
            return;
        }
        try {
            if (!ModelFiles.sha256(Files.readString(file)).equals(meta.modelSha256())) {
                ctx.err().println("ariadne: note: " + meta.modelPath() + " has changed since this run started; "
                        + "the run continues with the model as it was then");
            }
        } catch (IOException | RuntimeException e) {
            // Unreadable now: the saved text is what counts anyway.
        }
    }
}
