package dev.ariadne.cli;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The options that choose the engine a check runs on ({@code --engine spark}) and how it runs there. */
final class EngineOptions {
    /** The default engine: the explorer of this JVM. */
    static final String LOCAL = "local";

    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    @Option(names = "--engine", paramLabel = "local|spark",
            description = "where to explore: this machine (default) or an Apache Spark cluster (docs/spark.md)")
    String engine;

    @Option(names = "--master", paramLabel = "URL",
            description = "with --engine spark: the cluster, e.g. local[4] or spark://host:7077"
                    + " (default: what spark-submit set, else local[*])")
    String master;

    @Option(names = "--checkpoint-every", paramLabel = "LEVELS",
            description = "with --engine spark: checkpoint the partitions every LEVELS levels of the search"
                    + " (default: " + DistributedRun.DEFAULT_CHECKPOINT_EVERY + "; 0: only when stopped)")
    Integer checkpointEvery;

    @Option(names = "--partitions", paramLabel = "N",
            description = "with --engine spark: partitions of the visited set (default: twice the cluster's cores)")
    Integer partitions;

    @Option(names = "--executor-wait", paramLabel = "SECONDS",
            description = "with --engine spark: give up when the cluster has not started an executor for the run"
                    + " within SECONDS (default: " + DistributedRun.DEFAULT_EXECUTOR_WAIT + "; 0: wait forever)")
    Integer executorWait;

    /** Whether another engine than the local one is asked for; refuses Spark's options without it. */
    boolean distributed() {
        boolean other = engine != null && !engine.equals(LOCAL);
        if (!other) {
            String given = master != null ? "--master" : checkpointEvery != null ? "--checkpoint-every"
                    : partitions != null ? "--partitions" : executorWait != null ? "--executor-wait" : null;
            if (given != null) {
                throw bad(given + " needs --engine spark");
            }
        }
        if (checkpointEvery != null && checkpointEvery < 0) {
            throw bad("--checkpoint-every must be 0 (only when stopped) or a number of levels, not " + checkpointEvery);
        }
        if (partitions != null && (partitions < 1 || partitions > 100_000)) {
            throw bad("--partitions must be between 1 and 100000, not " + partitions);
        }
        if (executorWait != null && executorWait < 0) {
            throw bad("--executor-wait must be 0 (wait forever) or a number of seconds, not " + executorWait);
        }
        return other;
    }

    /** How long the engine waits for the cluster's first executor, in milliseconds; 0 for no limit. */
    long executorWaitMillis() {
        return 1000L * (executorWait == null ? DistributedRun.DEFAULT_EXECUTOR_WAIT : executorWait);
    }

    ParameterException bad(String message) {
        return new ParameterException(spec.commandLine(), message);
    }
}
