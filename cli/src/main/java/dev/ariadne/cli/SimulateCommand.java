package dev.ariadne.cli;

import dev.ariadne.api.CheckException;
import dev.ariadne.api.RunDirectories;
import dev.ariadne.api.Selection;
import dev.ariadne.explore.TraceBuilder;
import dev.ariadne.expand.ExploreOptions;
import dev.ariadne.lang.compile.Program;
import dev.ariadne.load.ModelException;
import dev.ariadne.load.ModelLoader;
import dev.ariadne.result.Status;
import dev.ariadne.result.TraceStep;
import dev.ariadne.result.Violation;
import dev.ariadne.result.ViolationKind;
import dev.ariadne.simulate.SimulateOptions;
import dev.ariadne.simulate.SimulationResult;
import dev.ariadne.simulate.Simulator;
import dev.ariadne.vm.Machine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintStream;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code ariadne simulate MODEL.ari}: random behaviours checked against invariants, assertions and deadlock. */
@Command(name = "simulate", sortOptions = false, mixinStandardHelpOptions = true,
        description = "Walk random behaviours of a model, for models too big to check, and check each state of them.",
        footer = {"", "Behaviour i of a run draws from a random stream made of the seed and i alone: with --seed and",
            "--behaviours a run is the same at any worker count.",
            "Exit status: 0 ok, 10 invariant or assert violated, 11 deadlock, 12 runtime error,",
            "2 bad command line or model, 1 internal failure."})
final class SimulateCommand implements Callable<Integer> {
    static final long DEFAULT_BEHAVIOURS = 10_000;
    static final int DEFAULT_DEPTH = 100;

    private final CliContext ctx;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "MODEL.ari", description = "the model to simulate")
    String model;

    @Mixin
    ConstOptions constOptions;

    @Option(names = "--seed", paramLabel = "N", description = "the random seed (default: drawn, and printed)")
    Long seed;

    @Option(names = "--depth", paramLabel = "N",
            description = "the most states of one behaviour (default: " + DEFAULT_DEPTH + ")")
    Integer depth;

    @Option(names = {"--behaviours", "--behaviors"}, paramLabel = "N",
            description = "how many behaviours in all, whatever the number of workers (default: "
                    + DEFAULT_BEHAVIOURS + ", or no bound with --time)")
    Long behaviours;

    @Option(names = "--time", paramLabel = "DURATION", description = "stop starting behaviours after this long (30s, 5m)")
    String time;

    @Option(names = "--workers", paramLabel = "N", description = "parallel workers (default: the number of cores)")
    Integer workers;

    @Option(names = "--no-deadlock", description = "do not report deadlocks")
    boolean noDeadlock;

    @Option(names = "--invariant", paramLabel = "NAME",
            description = "check only this invariant (repeatable; default: every invariant of the model)")
    List<String> invariants;

    @Option(names = "--coverage", description = "report how often each action and label was enabled and taken,"
            + " and the distinct values of each variable")
    boolean coverage;

    @Option(names = "--store", paramLabel = "DIR",
            description = "run directory for a violation's trace (default: a fresh directory under ./"
                    + CheckCommand.PARENT + "/)")
    String store;

    @Option(names = "--json", paramLabel = "FILE", description = "write the JSON report to FILE ('-': standard output)")
    String json;

    SimulateCommand(CliContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public Integer call() throws InterruptedException {
        if (depth != null && depth < 1) {
            throw new ParameterException(spec.commandLine(), "--depth must be at least 1, not " + depth);
        }
        if (behaviours != null && behaviours < 1) {
            throw new ParameterException(spec.commandLine(), "--behaviours must be at least 1, not " + behaviours);
        }
        if (workers != null && workers < 1) {
            throw new ParameterException(spec.commandLine(), "--workers must be at least 1, not " + workers);
        }
        long timeMillis = 0;
        if (time != null) {
            try {
                timeMillis = Durations.parseMillis(time);
            } catch (IllegalArgumentException e) {
                throw new ParameterException(spec.commandLine(), "--time: " + e.getMessage());
            }
        }
        long runSeed = seed != null ? seed : new java.security.SecureRandom().nextLong() & Long.MAX_VALUE;
        long n = behaviours != null ? behaviours : time != null ? 0 : DEFAULT_BEHAVIOURS;
        int w = workers != null ? workers : Runtime.getRuntime().availableProcessors();
        String text = ModelFiles.read(ctx.resolve(model), model, CheckCommand.MAX_MODEL_FILE_BYTES);
        Map<String, String> overrides = overrides();
        Program program;
        try {
            program = ModelLoader.load(model, text, overrides);
        } catch (ModelException e) {
            e.errors().forEach(ctx.err()::println);
            return ExitCodes.USAGE;
        }
        List<String> selected = invariants == null ? null : List.copyOf(new LinkedHashSet<>(invariants));
        try {
            Selection.check(program, ExploreOptions.defaults().withInvariants(selected));
        } catch (CheckException e) {
            throw CliError.usage(e.getMessage());
        }
        SimulateOptions options = new SimulateOptions(runSeed, depth == null ? DEFAULT_DEPTH : depth, n, timeMillis, w,
                !noDeadlock, Machine.DEFAULT_STEP_BUDGET, selected, coverage);
        PrintStream human = "-".equals(json) ? ctx.err() : ctx.out();
        HumanReport.header(human, "Simulating", model, RunSummary.constants(program), w);
        human.println("  seed " + runSeed + ", " + (n > 0 ? String.format(Locale.US, "%,d behaviours", n)
                : "behaviours for " + time) + " of at most " + options.depth() + " states");
        Simulator simulator = new Simulator(program, options);
        Thread hook = new Thread(simulator::stop);
        Runtime.getRuntime().addShutdownHook(hook);
        SimulationResult r;
        try {
            r = simulator.run();
        } finally {
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException e) {
                // the JVM is already shutting down
            }
        }
        List<TraceStep> trace = null;
        String where = null;
        Status status = Status.OK;
        if (r.violation() != null) {
            status = status(r.violation());
            CheckCommand.Location loc = store == null ? freshDirectory() : new CheckCommand.Location(ctx.resolve(store), store);
            where = loc.shown();
            try (var s = SimulationStore.write(loc, model, text, program, overrides, r, status)) {
                trace = new TraceBuilder(program, s, false).trace(r.violation());
            }
            human.println();
            HumanReport.violations(human, program, List.of(r.violation()), List.of(trace));
        }
        human.println();
        human.println(r.violation() == null ? "No violation found." : "Failed: " + dev.ariadne.report.TraceText.headline(r.violation())
                + " (behaviour " + r.behaviour() + " of seed " + runSeed + ").");
        human.println(String.format(Locale.US, "  %,d behaviours, %,d states (%,.0f states/s), about %,d distinct"
                        + " states, longest behaviour %,d states, %s", r.behaviours(), r.states(),
                r.states() / Math.max(r.elapsedSeconds(), 1e-9), r.distinct(), r.longest(),
                Durations.format(r.elapsedSeconds())));
        if (where != null) {
            human.println("  store: " + where);
            human.println("  trace again with: ariadne trace " + where);
        }
        if (r.coverage() != null) {
            CoverageText.print(human, r.coverage());
        }
        if (json != null) {
            JsonOutput.write(ctx, json, SimulationJson.report(model, program, runSeed, w, r, status, trace, where));
        }
        return ExitCodes.of(status);
    }

    static Status status(Violation v) {
        return v.kind() == ViolationKind.DEADLOCK ? Status.DEADLOCK
                : v.kind() == ViolationKind.EVAL_ERROR ? Status.ERROR : Status.VIOLATION;
    }

    /** The {@code --const} values by name; simulate runs one combination (no matrix). */
    private Map<String, String> overrides() {
        Map<String, String> out = new LinkedHashMap<>();
        constOptions.byName().forEach((name, vs) -> {
            if (vs.size() > 1) {
                throw new ParameterException(spec.commandLine(), "--const " + name + " is given twice: simulate runs"
                        + " one combination of constants (check takes several, as a matrix)");
            }
            out.put(name, vs.get(0));
        });
        return out;
    }

    /** A fresh run directory under ./ariadne-runs for the violation's trace. */
    private CheckCommand.Location freshDirectory() {
        try {
            java.nio.file.Path dir = RunDirectories.fresh(ctx.resolve(CheckCommand.PARENT), model, LocalDateTime.now());
            return new CheckCommand.Location(dir, CheckCommand.PARENT + "/" + dir.getFileName());
        } catch (java.io.IOException e) {
            throw CliError.usage("cannot create a run directory under '" + CheckCommand.PARENT + "': " + e.getMessage()
                    + " (choose one with --store DIR)");
        }
    }
}
