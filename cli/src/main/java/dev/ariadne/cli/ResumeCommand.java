package dev.ariadne.cli;

import dev.ariadne.storage.Checkpoint;
import dev.ariadne.result.Status;
import dev.ariadne.store.RecoveryReport;
import dev.ariadne.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
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

    @Mixin
    EngineOptions engineOptions;

    ResumeCommand(CliContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public Integer call() {
        Session session = sessionOptions.toSession(ctx);
        var other = DistributedRun.stored(ctx, dir);
        if (other != null) {
            return DistributedRun.resume(ctx, session, engineOptions, dir, other.getKey(), other.getValue());
        }
        if (engineOptions.distributed()) {
            DistributedRun.find(engineOptions.engine); // says so when the engine itself is missing
            throw CliError.usage("'" + dir + "' holds no run of the " + engineOptions.engine + " engine");
        }
        ctx.stop().arm();
        Path index = ctx.resolve(dir).resolve(Matrix.INDEX);
        if (Files.isRegularFile(index)) {
            return resumeMatrix(session, index);
        }
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
            throw Faults.storeFailed(e, dir);
        }
    }

    /** Resumes every run of a matrix together, on one worker pool. */
    private int resumeMatrix(Session session, Path index) {
        List<String> names;
        try {
            names = Files.readAllLines(index).stream().filter(l -> !l.isBlank()).toList();
        } catch (IOException e) {
            throw CliError.usage("cannot read '" + index + "': " + e.getMessage());
        }
        for (String name : names) {
            refuseOutside(index.getParent(), name);
        }
        PrintStream human = session.jsonToStdout() ? ctx.err() : ctx.out();
        List<StoredRun> runs = new ArrayList<>();
        try {
            List<RunDriver.Target> targets = new ArrayList<>();
            for (String name : names) {
                StoredRun run = StoredRun.open(ctx, dir + "/" + name, "resume");
                runs.add(run);
                RunMetadata meta = run.metadata();
                targets.add(new RunDriver.Target(meta.modelPath(), run.program(), run.store(), dir + "/" + name,
                        meta.options(session), Matrix.label(meta.constants())));
            }
            human.println("Resuming the matrix in " + dir + " (" + names.size() + " runs) with " + session.workers()
                    + (session.workers() == 1 ? " worker" : " workers"));
            return RunDriver.run(ctx, session, targets);
        } catch (StoreException e) {
            throw Faults.storeFailed(e, dir);
        } finally {
            runs.forEach(StoredRun::close);
        }
    }

    /**
     * A run of a matrix is a directory of the matrix's own, named by one path component (as
     * {@link Matrix#directoryName} makes it): an entry that leads elsewhere ({@code ../x},
     * {@code /x}, {@code a/b}, a link) would make resume open, and write into, a store outside.
     */
    private void refuseOutside(Path matrixDir, String name) {
        boolean single = !name.contains("/") && !name.contains("\\") && !name.equals(".") && !name.equals("..");
        if (!single || Files.isSymbolicLink(matrixDir.resolve(name))) {
            throw CliError.usage("cannot resume '" + dir + "': " + Matrix.INDEX + " names '" + name
                    + "', which is not a run directory inside '" + dir + "'");
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
