package dev.ariadne.cli.engine;

import dev.ariadne.expand.ExploreOptions;
import dev.ariadne.lang.compile.Program;
import dev.ariadne.result.Progress;

import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * One check handed to an engine: the model (its text, to ship to the engine's workers, and
 * the program the command compiled from it), what to explore, and where and how to run.
 *
 * @param model           the model's path as the user wrote it (shown in reports)
 * @param text            the model's source text
 * @param overrides       the {@code --const} values, by name
 * @param program         the compiled model (the engine's own view for traces and messages)
 * @param options         what to explore and check: deadlocks, depth, {@code --continue}, selections
 * @param master          where to run ({@code local[2]}, {@code spark://host:7077}), or null for the
 *                        engine's own default (what {@code spark-submit} configured)
 * @param runDirectory    where the run's checkpoints go (for Spark any Hadoop path), as the user wrote it
 * @param resume          continue the run in {@code runDirectory} from its last checkpoint
 * @param checkpointEvery checkpoint every this many levels of the search; 0 for only when stopped
 * @param partitions      how many partitions the visited set is split into; 0 for the engine's choice
 * @param timeoutMillis   stop resumably after this long; 0 for no limit
 * @param executorWaitMillis give up (exit 2) when the cluster has not started an executor within this long; 0 for no limit
 * @param stop            says when the user asked to stop (Ctrl-C, SIGTERM)
 * @param printer         receives the lines the model prints
 * @param progress        receives a report after each level of the search
 */
public record EngineRequest(String model, String text, Map<String, String> overrides, Program program,
                            ExploreOptions options, String master, String runDirectory, boolean resume,
                            int checkpointEvery, int partitions, long timeoutMillis, long executorWaitMillis,
                            BooleanSupplier stop,
                            Consumer<String> printer, Consumer<Progress> progress) {
    public EngineRequest {
        overrides = Map.copyOf(overrides);
    }
}
