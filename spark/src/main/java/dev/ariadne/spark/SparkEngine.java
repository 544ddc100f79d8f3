package dev.ariadne.spark;

import dev.ariadne.cli.engine.Engine;
import dev.ariadne.cli.engine.EngineException;
import dev.ariadne.cli.engine.EngineOutcome;
import dev.ariadne.cli.engine.EngineRequest;
import dev.ariadne.cli.engine.StoredRun;
import dev.ariadne.expand.ExploreOptions;
import dev.ariadne.result.CheckResult;
import dev.ariadne.result.Status;
import dev.ariadne.result.TraceStep;
import dev.ariadne.result.Violation;
import dev.ariadne.space.StateSpace;
import dev.ariadne.spark.search.DistributedSearch;
import dev.ariadne.spark.search.Finding;
import dev.ariadne.spark.search.LevelTotals;
import dev.ariadne.spark.search.RunFiles;
import dev.ariadne.spark.search.SearchOptions;
import dev.ariadne.spark.search.Trace;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.api.java.JavaSparkContext;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * {@code --engine spark}: runs a check as a fingerprint-partitioned breadth-first search on a
 * Spark cluster (or {@code local[N]}), with this JVM as the driver and single writer of the
 * results. Found by the command through {@link java.util.ServiceLoader}.
 */
public final class SparkEngine implements Engine {
    /** A context the runs of this JVM share instead of starting their own (tests, embedding), or null. */
    private static volatile JavaSparkContext shared;

    /** Runs checks of this JVM on {@code context} (never stopped by them), or on their own again for null. */
    public static void share(JavaSparkContext context) {
        shared = context;
    }

    @Override
    public String name() {
        return "spark";
    }

    @Override
    public EngineOutcome check(EngineRequest r) {
        Logs.quiet();
        ModelSource source = new ModelSource(r.model(), r.text(), r.overrides(), r.options().space().invariants(),
                r.options().space().properties(), r.options().space().checkDeadlock(), r.options().space().stepBudget());
        StateSpace space = source.open();
        if (space.propertyWords() > 0) {
            throw new EngineException(EngineException.USAGE, "--engine spark cannot check temporal properties yet,"
                    + " and '" + r.model() + "' has some to check: check it without --engine spark, or choose"
                    + " invariants and always-properties with --property");
        }
        String master = ClusterConf.master(r.master());
        String why = ClusterConf.unreachable(master);
        if (why != null) {
            throw new EngineException(EngineException.USAGE, "cannot reach the Spark master '" + master + "': " + why);
        }
        RunFiles files = new RunFiles(r.runDirectory());
        Configuration hadoop = new Configuration();
        try {
            if (r.resume()) {
                if (files.lastLevel(hadoop) < 0) {
                    throw new EngineException(EngineException.USAGE, "'" + r.runDirectory()
                            + "' has no complete checkpoint to resume from");
                }
            } else {
                files.prepareNew(hadoop);
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof EngineException ee) {
                throw ee;
            }
            throw new EngineException(EngineException.USAGE, "cannot use the run directory '" + r.runDirectory()
                    + "': " + Failures.reason(e));
        }
        JavaSparkContext sc = shared != null ? shared : ContextStart.start(master, r.model(), r.executorWaitMillis());
        try {
            int partitions = r.partitions() > 0 ? r.partitions() : Math.max(2, 2 * sc.defaultParallelism());
            if (!r.resume()) {
                writeRun(files, r, partitions, hadoop);
            }
            return search(sc, source, space, files, r, partitions);
        } finally {
            if (sc != shared) {
                ContextStart.stop(sc);
            }
        }
    }

    private static EngineOutcome search(JavaSparkContext sc, ModelSource source, StateSpace space, RunFiles files,
                                        EngineRequest r, int partitions) {
        ExploreOptions o = r.options();
        SearchOptions options = new SearchOptions(o.search().maxDepth(), o.search().keepGoing(), o.space().checkDeadlock(), o.search().maxViolations());
        DistributedSearch search;
        try {
            search = new DistributedSearch(sc, source, options, partitions, files, r.checkpointEvery(),
                    r.timeoutMillis(), r.stop(), r.progress(), r.printer(), r.resume());
            search.run();
        } catch (RuntimeException e) {
            throw Failures.of(e, r.runDirectory());
        }
        LevelTotals t = search.totals();
        List<Violation> violations = new ArrayList<>();
        List<List<TraceStep>> traces = new ArrayList<>();
        for (Finding f : t.findings()) {
            violations.add(f.violation());
        }
        traces.addAll(Trace.all(t.findings(), search, space));
        search.release();
        Status status = search.stop() != DistributedSearch.Stop.NONE ? Status.INTERRUPTED
                : Status.worst(violations);
        boolean finished = status == Status.OK;
        CheckResult result = new CheckResult(status, t.distinct(), t.generated(), t.depth(),
                finished ? 0 : t.queue(), search.elapsedSeconds(), violations, null,
                Math.max(t.found(), violations.size()), List.of());
        return new EngineOutcome(result, traces, sc.defaultParallelism(), null);
    }

    private static void writeRun(RunFiles files, EngineRequest r, int partitions, Configuration hadoop) {
        try {
            files.writeRun(RunDescription.of(r, partitions), hadoop);
        } catch (IOException e) {
            throw new EngineException(EngineException.USAGE, "cannot write in the run directory '"
                    + r.runDirectory() + "': " + Failures.reason(e));
        }
    }

    @Override
    public StoredRun stored(String runDirectory) {
        boolean local = !runDirectory.matches("[A-Za-z][A-Za-z0-9+.-]*:.*") || runDirectory.startsWith("file:");
        if (local && !runDirectory.startsWith("file:")
                && !Files.isRegularFile(Path.of(runDirectory).resolve(RunFiles.RUN_FILE))) {
            return null; // no Spark run: answered without starting Hadoop's file systems
        }
        Logs.quiet();
        RunFiles files = new RunFiles(runDirectory);
        Configuration hadoop = new Configuration();
        try {
            if (!files.exists(RunFiles.RUN_FILE, hadoop)) {
                return null;
            }
            Properties p = files.read(RunFiles.RUN_FILE, hadoop);
            return RunDescription.read(p);
        } catch (IOException | RuntimeException e) {
            throw new EngineException(EngineException.USAGE, "cannot read the run directory '" + runDirectory + "': "
                    + Failures.reason(e));
        }
    }
}
