package dev.ariadne.cli;

import dev.ariadne.api.Ariadne;
import dev.ariadne.api.CheckBuilder;
import dev.ariadne.api.CheckException;
import dev.ariadne.api.RunDirectories;
import dev.ariadne.api.Session;
import dev.ariadne.expand.ExploreOptions;
import dev.ariadne.lang.compile.Program;
import dev.ariadne.storage.StorageException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;

/** {@code ariadne check MODEL.ari}: explores every reachable state of a model and checks its properties. */
@Command(name = "check", sortOptions = false, mixinStandardHelpOptions = true,
        description = "Explore every reachable state of a model and check its invariants, assertions and deadlocks.",
        footer = {"", "Exit status: 0 ok, 10 invariant or assert violated, 11 deadlock,",
            "12 runtime error, 2 bad command line or model, 3 interrupted (resumable),", "1 internal failure."})
final class CheckCommand implements Callable<Integer> {
    /** The saved model text is a value of meta.cm (and of its checkpoint record): refused up front past this. */
    static final int MAX_MODEL_BYTES = CheckBuilder.MAX_MODEL_CHARS;
    /** Where checks without --store keep their runs, under the working directory. */
    static final String PARENT = "ariadne-runs";
    /** The largest model file read: any text within the limit above fits (UTF-8 takes at most 4 bytes a character). */
    static final int MAX_MODEL_FILE_BYTES = 4 * MAX_MODEL_BYTES;

    private final CliContext ctx;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "MODEL.ari", description = "the model to check")
    String model;

    @Mixin
    ConstOptions constOptions;

    @Option(names = "--store", paramLabel = "DIR",
            description = "run directory to persist the run in (default: a fresh directory under ./"
                    + PARENT + "/)")
    String store;

    @Option(names = "--no-deadlock", description = "do not report deadlocks")
    boolean noDeadlock;

    @Option(names = "--max-depth", paramLabel = "N", description = "do not expand states deeper than N")
    Integer maxDepth;

    @Option(names = "--continue", description = "keep exploring after a violation and report them all")
    boolean keepGoing;

    @Option(names = "--invariant", paramLabel = "NAME",
            description = "check only this invariant (repeatable; default: every invariant of the model)")
    List<String> invariants;

    @Option(names = "--property", paramLabel = "NAME",
            description = "check only this temporal property (repeatable; default: every property of the model)")
    List<String> properties;

    @Option(names = "--max-violations", paramLabel = "N",
            description = "with --continue, keep and report the first N violations; later ones are only counted"
                    + " (default: " + ExploreOptions.DEFAULT_MAX_VIOLATIONS + ", at most "
                    + ExploreOptions.LIMIT_MAX_VIOLATIONS + ")")
    Integer maxViolations;

    @Option(names = "--no-symmetry",
            description = "check every state, not one per renaming of the model's symmetric values")
    boolean noSymmetry;

    @Option(names = "--coverage", description = "report how often each action and label was enabled and taken, the new"
            + " states each produced, and the distinct values of each variable")
    boolean coverage;

    @Mixin
    SessionOptions sessionOptions;

    @Mixin
    EngineOptions engineOptions;

    CheckCommand(CliContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public Integer call() {
        SessionSettings settings = sessionOptions.toSession(ctx);
        boolean distributed = engineOptions.distributed();
        if (maxDepth != null && maxDepth < 1) {
            throw new ParameterException(spec.commandLine(), "--max-depth must be at least 1, not " + maxDepth);
        }
        int keep = maxViolations == null ? ExploreOptions.DEFAULT_MAX_VIOLATIONS : maxViolations;
        if (keep < 1 || keep > ExploreOptions.LIMIT_MAX_VIOLATIONS) {
            throw new ParameterException(spec.commandLine(), "--max-violations must be between 1 and "
                    + ExploreOptions.LIMIT_MAX_VIOLATIONS + ", not " + keep);
        }
        Map<String, List<String>> values = constOptions.byName();
        String text = ModelFiles.read(ctx.resolve(model), model, MAX_MODEL_FILE_BYTES);
        if (text.length() > MAX_MODEL_BYTES) {
            throw CliError.usage("'" + model + "' is too large for a run's store (" + text.length()
                    + " characters; at most " + MAX_MODEL_BYTES + ")");
        }
        PrintStream human = settings.jsonToStdout() ? ctx.err() : ctx.out();
        ProgressDisplay display = new ProgressDisplay(ctx.err(), settings.liveProgress());
        CheckBuilder check = SessionReports.printThrough(settings.applyTo(Ariadne.check(model, text)), ctx, human,
                display).deadlock(!noDeadlock).maxViolations(keep)
                .symmetry(!noSymmetry).coverage(coverage);
        values.forEach((name, vs) -> check.constant(name, vs.toArray(String[]::new)));
        if (maxDepth != null) {
            check.maxDepth(maxDepth);
        }
        if (keepGoing) {
            check.keepGoing();
        }
        if (invariants != null) {
            check.invariants(invariants.toArray(String[]::new));
        }
        if (properties != null) {
            check.properties(properties.toArray(String[]::new));
        }
        List<Program> programs;
        try {
            programs = check.compile();
        } catch (CheckException e) {
            if (!e.modelErrors().isEmpty()) {
                e.modelErrors().forEach(ctx.err()::println);
                return ExitCodes.USAGE;
            }
            throw CliError.usage(e.getMessage());
        }
        if (distributed) {
            if (programs.size() > 1) {
                throw CliError.usage("--engine " + engineOptions.engine + " checks one combination of constants at a"
                        + " time: give each --const one value");
            }
            Program program = programs.get(0);
            return DistributedRun.check(ctx, settings, engineOptions, model, text, program.overrides(), program,
                    check.options(), store);
        }
        Location where = runDirectory();
        ctx.stop().arm();
        if (programs.size() > 1) {
            human.println("Checking " + model + " as a matrix of " + programs.size() + " runs with "
                    + settings.workers() + (settings.workers() == 1 ? " worker" : " workers"));
        } else {
            HumanReport.header(human, "Checking", model, RunSummary.constants(programs.get(0)), settings.workers());
        }
        Session session;
        try {
            session = check.storeIn(where.path()).prepare();
        } catch (CheckException e) {
            if (store == null) {
                deleteQuietly(where.path()); // the fresh directory this check made: leave nothing behind
            }
            throw CliError.usage(e.getMessage());
        } catch (StorageException e) {
            throw Faults.storeFailed(e, where.shown());
        }
        try (session) {
            List<String> shown = new ArrayList<>();
            for (Session.Run run : session.runs()) {
                if (programs.size() > 1) {
                    shown.add(where.shown() + "/" + run.directory().getFileName());
                    human.println("  " + run.label() + ": " + shown.get(shown.size() - 1));
                } else {
                    shown.add(where.shown());
                }
            }
            return SessionReports.run(ctx, settings, session, shown, display);
        } catch (StorageException e) {
            throw Faults.storeFailed(e, where.shown());
        }
    }

    /** A run directory: where it is, and how to show it (relative, as the user would type it). */
    record Location(Path path, String shown) {
    }

    private Location runDirectory() {
        if (store == null) {
            try {
                Path dir = RunDirectories.fresh(ctx.resolve(PARENT), model, LocalDateTime.now());
                return new Location(dir, PARENT + "/" + dir.getFileName());
            } catch (IOException e) {
                throw CliError.usage("cannot create a run directory under '" + PARENT + "': " + e.getMessage()
                        + " (choose one with --store DIR)");
            }
        }
        Path dir = ctx.resolve(store);
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw CliError.usage("--store '" + store + "' is a file, not a directory");
        }
        try {
            if (Files.isDirectory(dir) && !RunDirectories.isEmpty(dir) && RunDirectories.abandoned(dir)) {
                RunDirectories.clear(dir); // a check killed before its first checkpoint: nothing in it to keep
            }
            if (Files.isDirectory(dir) && !RunDirectories.isEmpty(dir)) {
                String hint = RunDirectories.holdsStore(dir)
                        ? "it holds a run: continue it with 'ariadne resume " + store + "', or choose another directory"
                        : "a new run needs a new or empty directory";
                throw CliError.usage("--store '" + store + "' is not empty: " + hint);
            }
        } catch (IOException e) {
            throw CliError.usage("cannot read '" + dir + "': " + e.getMessage());
        }
        return new Location(dir, store);
    }

    private static void deleteQuietly(Path emptyDir) {
        try {
            Files.deleteIfExists(emptyDir);
        } catch (IOException e) {
            // not empty or not ours to delete: leave it
        }
    }
}
