package dev.ariadne.cli;

import dev.ariadne.load.ModelException;
import dev.ariadne.load.ModelLoader;
import dev.ariadne.storage.Checkpoint;
import dev.ariadne.expand.ExploreOptions;
import dev.ariadne.lang.compile.Program;
import dev.ariadne.store.ChronicleStateStore;
import dev.ariadne.store.RunDirectory;
import dev.ariadne.store.SafeWrite;
import dev.ariadne.store.StoreException;
import dev.ariadne.store.StoreOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
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
import java.util.stream.Stream;

/** {@code ariadne check MODEL.ari}: explores every reachable state of a model and checks its properties. */
@Command(name = "check", sortOptions = false, mixinStandardHelpOptions = true,
        description = "Explore every reachable state of a model and check its invariants, assertions and deadlocks.",
        footer = {"", "Exit status: 0 ok, 10 invariant or assert violated, 11 deadlock,",
            "12 runtime error, 2 bad command line or model, 3 interrupted (resumable),", "1 internal failure."})
final class CheckCommand implements Callable<Integer> {
    /** The saved model text is a value of meta.cm (and of its checkpoint record): refused up front past this. */
    static final int MAX_MODEL_BYTES = 256 * 1024;
    /** The largest model file read: any text within the limit above fits (UTF-8 takes at most 4 bytes a character). */
    static final int MAX_MODEL_FILE_BYTES = 4 * MAX_MODEL_BYTES;

    private final CliContext ctx;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "MODEL.ari", description = "the model to check")
    String model;

    @Option(names = "--const", paramLabel = "NAME=EXPR",
            description = "override a const with an expression of the model language (repeatable)")
    List<String> consts = new ArrayList<>();

    @Option(names = "--store", paramLabel = "DIR",
            description = "run directory to persist the run in (default: a fresh directory under ./"
                    + RunDirectories.PARENT + "/)")
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

    CheckCommand(CliContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public Integer call() {
        Session session = sessionOptions.toSession(ctx);
        if (maxDepth != null && maxDepth < 1) {
            throw new ParameterException(spec.commandLine(), "--max-depth must be at least 1, not " + maxDepth);
        }
        int keep = maxViolations == null ? ExploreOptions.DEFAULT_MAX_VIOLATIONS : maxViolations;
        if (keep < 1 || keep > ExploreOptions.LIMIT_MAX_VIOLATIONS) {
            throw new ParameterException(spec.commandLine(), "--max-violations must be between 1 and "
                    + ExploreOptions.LIMIT_MAX_VIOLATIONS + ", not " + keep);
        }
        List<Map<String, String>> matrix = Matrix.combinations(values());
        ExploreOptions options = session.apply(ExploreOptions.defaults().withDeadlock(!noDeadlock)
                .withMaxDepth(maxDepth == null ? 0 : maxDepth).withKeepGoing(keepGoing).withMaxViolations(keep)
                .withInvariants(distinct(invariants)).withProperties(distinct(properties))
                .withSymmetry(!noSymmetry).withCoverage(coverage));
        String text = ModelFiles.read(ctx.resolve(model), model, MAX_MODEL_FILE_BYTES);
        if (text.length() > MAX_MODEL_BYTES) {
            throw CliError.usage("'" + model + "' is too large for a run's store (" + text.length()
                    + " characters; at most " + MAX_MODEL_BYTES + ")");
        }
        List<Program> programs = new ArrayList<>();
        for (Map<String, String> overrides : matrix) {
            try {
                programs.add(ModelLoader.load(model, text, overrides));
            } catch (ModelException e) {
                e.errors().forEach(ctx.err()::println);
                return ExitCodes.USAGE;
            }
        }
        Selection.check(programs.get(0), options);
        Selection.checkSymmetry(model, programs.get(0), options);
        RunDirectories.Location where = runDirectory();
        if (matrix.size() > 1) {
            return checkMatrix(session, options, text, matrix, programs, where);
        }
        Map<String, String> overrides = matrix.get(0);
        Program program = programs.get(0);
        ctx.stop().arm();
        HumanReport.header(session.jsonToStdout() ? ctx.err() : ctx.out(), "Checking", model,
                RunReport.constants(program), session.workers());
        ChronicleStateStore s;
        try {
            s = ChronicleStateStore.create(where.path(), StoreOptions.defaults());
        } catch (StoreException e) {
            if (store == null) {
                deleteQuietly(where.path()); // the fresh directory this check made: leave nothing behind
            }
            throw CliError.usage("cannot create the store: " + e.getMessage());
        }
        try (ChronicleStateStore opened = s) {
            RunMetadata.of(model, text, program, overrides, options).save(opened);
            // The metadata is durable only with a checkpoint: this one lets even a run stopped at once be resumed.
            opened.checkpoint(new Checkpoint(0, 0, 0, 0, 0, null));
            return RunDriver.run(ctx, session, new RunDriver.Target(model, program, opened, where.shown(), options));
        } catch (StoreException e) {
            throw Faults.storeFailed(e, where.shown());
        }
    }

    /** A matrix: one run per combination of constants, all on one worker pool, each in its own run directory. */
    private int checkMatrix(Session session, ExploreOptions options, String text, List<Map<String, String>> matrix,
                            List<Program> programs, RunDirectories.Location where) {
        ctx.stop().arm();
        PrintStream human = session.jsonToStdout() ? ctx.err() : ctx.out();
        human.println("Checking " + model + " as a matrix of " + matrix.size() + " runs with " + session.workers()
                + (session.workers() == 1 ? " worker" : " workers"));
        List<ChronicleStateStore> stores = new ArrayList<>();
        try {
            Files.createDirectories(where.path());
            List<RunDriver.Target> targets = new ArrayList<>();
            List<String> names = new ArrayList<>();
            for (int i = 0; i < matrix.size(); i++) {
                String label = Matrix.label(matrix.get(i));
                String name = Matrix.directoryName(matrix.get(i));
                if (names.contains(name)) {
                    name = name + "-" + (i + 1);
                }
                names.add(name);
                ChronicleStateStore s = ChronicleStateStore.create(where.path().resolve(name), StoreOptions.defaults());
                stores.add(s);
                RunMetadata.of(model, text, programs.get(i), matrix.get(i), options).save(s);
                s.checkpoint(new Checkpoint(0, 0, 0, 0, 0, null));
                targets.add(new RunDriver.Target(model, programs.get(i), s, where.shown() + "/" + name, options, label));
                human.println("  " + label + ": " + where.shown() + "/" + name);
            }
            SafeWrite.write(where.path().resolve(Matrix.INDEX),
                    (String.join("\n", names) + "\n").getBytes(StandardCharsets.UTF_8));
            return RunDriver.run(ctx, session, targets);
        } catch (StoreException e) {
            throw Faults.storeFailed(e, where.shown());
        } catch (IOException e) {
            throw CliError.usage("cannot create the run directory '" + where.shown() + "': " + e.getMessage());
        } finally {
            stores.forEach(ChronicleStateStore::close);
        }
    }

    /** The names given, each once, in command-line order; null when none was given (check everything). */
    private static List<String> distinct(List<String> names) {
        return names == null ? null : List.copyOf(new LinkedHashSet<>(names));
    }

    /** The {@code --const} values by name, in command-line order; several values for one name make a matrix. */
    private Map<String, List<String>> values() {
        Map<String, Set<String>> values = new LinkedHashMap<>();
        for (String c : consts) {
            int eq = c.indexOf('=');
            String name = eq < 0 ? c : c.substring(0, eq).trim();
            if (eq < 0 || !name.matches("[A-Za-z_][A-Za-z0-9_]*") || c.substring(eq + 1).isBlank()) {
                throw new ParameterException(spec.commandLine(), "--const '" + c + "': expected NAME=EXPR, e.g. N=3");
            }
            values.computeIfAbsent(name, k -> new LinkedHashSet<>()).add(c.substring(eq + 1).trim());
        }
        Map<String, List<String>> out = new LinkedHashMap<>();
        values.forEach((name, vs) -> out.put(name, new ArrayList<>(vs)));
        return out;
    }

    private RunDirectories.Location runDirectory() {
        if (store == null) {
            return RunDirectories.fresh(ctx.cwd(), model, LocalDateTime.now());
        }
        Path dir = ctx.resolve(store);
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw CliError.usage("--store '" + store + "' is a file, not a directory");
        }
        if (Files.isDirectory(dir) && !isEmpty(dir) && StoreLeftovers.abandoned(dir)) {
            StoreLeftovers.clear(dir); // a check killed before its first checkpoint: nothing in it to keep
        }
        if (Files.isDirectory(dir) && !isEmpty(dir)) {
            String hint = Files.exists(dir.resolve(RunDirectory.FORMAT_FILE))
                    ? "it holds a run: continue it with 'ariadne resume " + store + "', or choose another directory"
                    : "a new run needs a new or empty directory";
            throw CliError.usage("--store '" + store + "' is not empty: " + hint);
        }
        return new RunDirectories.Location(dir, store);
    }

    private static void deleteQuietly(Path emptyDir) {
        try {
            Files.deleteIfExists(emptyDir);
        } catch (IOException e) {
            // not empty or not ours to delete: leave it
        }
    }

    private static boolean isEmpty(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.findAny().isEmpty();
        } catch (IOException e) {
            throw CliError.usage("cannot read '" + dir + "': " + e.getMessage());
        }
    }
}
