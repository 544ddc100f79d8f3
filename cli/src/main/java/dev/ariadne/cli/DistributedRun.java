package dev.ariadne.cli;

import dev.ariadne.cli.engine.Engine;
import dev.ariadne.cli.engine.EngineException;
import dev.ariadne.cli.engine.EngineOutcome;
import dev.ariadne.cli.engine.EngineRequest;
import dev.ariadne.cli.engine.StoredRun;
import dev.ariadne.expand.ExploreOptions;
import dev.ariadne.lang.compile.Program;
import dev.ariadne.load.ModelException;
import dev.ariadne.load.ModelLoader;
import dev.ariadne.result.Progress;
import dev.ariadne.value.Repr;

import dev.ariadne.api.CheckReport;
import dev.ariadne.api.Counterexample;
import dev.ariadne.api.RunDirectories;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.StringJoiner;
import java.util.function.Consumer;

/**
 * A check or resume on another engine than this JVM's explorer ({@code --engine spark}): finds
 * the engine at run time, hands it the compiled model, and writes its findings with the same
 * human and JSON reports and exit statuses as a local check. The engine writes no report.
 */
final class DistributedRun {
    /** Levels of the search between two checkpoints when {@code --checkpoint-every} is not given. */
    static final int DEFAULT_CHECKPOINT_EVERY = 10;
    /** Seconds a run waits for the cluster's first executor when {@code --executor-wait} is not given. */
    static final int DEFAULT_EXECUTOR_WAIT = 120;

    private DistributedRun() {
    }

    /** The engine called {@code name}, or a usage error saying how to get it. */
    static Engine find(String name) {
        for (Engine e : ServiceLoader.load(Engine.class, DistributedRun.class.getClassLoader())) {
            if (e.name().equals(name)) {
                return e;
            }
        }
        if (name.equals("spark")) {
            throw CliError.usage("the Spark engine is not on the class path: run it through the ariadne launcher"
                    + " (which builds it on demand) or spark-submit ariadne-spark.jar (docs/spark.md)");
        }
        throw CliError.usage("--engine must be 'local' or 'spark', not '" + name + "'");
    }

    /** A new run: checks the model on the engine and reports it. */
    static int check(CliContext ctx, SessionSettings session, EngineOptions eo, String model, String text,
                     Map<String, String> overrides, Program program, ExploreOptions options, String store) {
        Engine engine = find(eo.engine);
        String runDir = store != null ? store : freshRunDirectory(ctx, model);
        int every = eo.checkpointEvery == null ? DEFAULT_CHECKPOINT_EVERY : eo.checkpointEvery;
        int parts = eo.partitions == null ? 0 : eo.partitions;
        return run(ctx, session, engine, model, text, overrides, program, options, eo, runDir, false, every,
                parts, "Checking");
    }

    /** The engine whose run {@code dir} holds, with what it stored; null when none of the engines found knows it. */
    static Map.Entry<Engine, StoredRun> stored(CliContext ctx, String dir) {
        for (Engine e : ServiceLoader.load(Engine.class, DistributedRun.class.getClassLoader())) {
            try {
                StoredRun run = e.stored(location(ctx, dir));
                if (run != null) {
                    return Map.entry(e, run);
                }
            } catch (EngineException ex) {
                throw new CliError(ex.exitCode(), ex.getMessage());
            }
        }
        return null;
    }

    /** Continues a stored run of an engine from its last checkpoint. */
    static int resume(CliContext ctx, SessionSettings session, EngineOptions eo, String dir, Engine engine, StoredRun run) {
        Program program;
        try {
            program = ModelLoader.load(run.model(), run.text(), run.overrides());
        } catch (ModelException e) {
            e.errors().forEach(ctx.err()::println);
            return ExitCodes.USAGE;
        }
        ExploreOptions options = session.apply(run.options());
        int every = eo.checkpointEvery == null ? run.checkpointEvery() : eo.checkpointEvery;
        return run(ctx, session, engine, run.model(), run.text(), run.overrides(), program, options, eo, dir,
                true, every, run.partitions(), "Resuming");
    }

    private static int run(CliContext ctx, SessionSettings session, Engine engine, String model, String text,
                           Map<String, String> overrides, Program program, ExploreOptions options, EngineOptions eo,
                           String runDir, boolean resume, int every, int parts, String verb) {
        String master = eo.master;
        PrintStream human = session.jsonToStdout() ? ctx.err() : ctx.out();
        StringJoiner consts = new StringJoiner(", ", " (", ")").setEmptyValue("");
        RunSummary.constants(program).forEach((k, v) -> consts.add(k + "=" + Repr.repr(v)));
        human.println(verb + " " + model + consts + " on Spark" + (master == null ? "" : " (" + master + ")"));
        ctx.stop().arm();
        EngineRequest request = new EngineRequest(model, text, overrides, program, options, master,
                location(ctx, runDir), resume, every, parts, session.timeoutMillis(), eo.executorWaitMillis(),
                () -> ctx.stop().reason() != null, human::println, progress(ctx, session));
        EngineOutcome outcome;
        try {
            outcome = engine.check(request);
        } catch (EngineException e) {
            throw new CliError(e.exitCode(), e.getMessage());
        }
        List<Counterexample> found = new ArrayList<>();
        for (int i = 0; i < outcome.result().violations().size(); i++) {
            found.add(new Counterexample(outcome.result().violations().get(i), outcome.traces().get(i), program));
        }
        CheckReport checked = new CheckReport(model, null, program, outcome.result(), found,
                runDir.matches("[A-Za-z][A-Za-z0-9+.-]*:.*") ? null : ctx.resolve(runDir));
        RunSummary report = new RunSummary(checked, outcome.cores(), engine.name(), runDir,
                outcome.stopReason() != null ? outcome.stopReason() : ctx.stop().reason(), session.timeoutMillis());
        HumanReport.violations(human, program, outcome.result().violations(), outcome.traces());
        HumanReport.summary(human, report);
        human.flush();
        if (session.json() != null) {
            JsonOutput.writeAfterRun(ctx, session.json(), JsonReport.runs(List.of(report)));
        }
        return ExitCodes.of(outcome.result().status());
    }

    /** A new run directory under the working directory's run parent, as the report shows it. */
    private static String freshRunDirectory(CliContext ctx, String model) {
        try {
            Path dir = RunDirectories.fresh(ctx.resolve(CheckCommand.PARENT), model, LocalDateTime.now());
            return CheckCommand.PARENT + "/" + dir.getFileName();
        } catch (IOException e) {
            throw CliError.usage("cannot create a run directory under '" + CheckCommand.PARENT + "': "
                    + e.getMessage() + " (choose one with --store DIR)");
        }
    }

    /** A local path resolved against the working directory; a URI with a scheme ({@code hdfs://}) as it is. */
    static String location(CliContext ctx, String dir) {
        if (dir.matches("[A-Za-z][A-Za-z0-9+.-]*:.*")) {
            return dir;
        }
        return ctx.resolve(dir).toAbsolutePath().normalize().toString();
    }

    /** Progress lines at most once per the session's interval (the engine reports after every level). */
    private static Consumer<Progress> progress(CliContext ctx, SessionSettings session) {
        long every = session.progressMillis();
        long[] last = {System.nanoTime()};
        return p -> {
            long now = System.nanoTime();
            if (every > 0 && (now - last[0]) / 1_000_000 >= every) {
                last[0] = now;
                ctx.err().println(ProgressLine.format(p));
            }
        };
    }
}
