package dev.ariadne.cli.engine;

import dev.ariadne.expand.ExploreOptions;

import java.util.Map;

/**
 * What an engine's run directory says about its run: enough for {@code resume} to compile the
 * same model with the same constants and options, and to run it on the same engine.
 *
 * @param checkpointEvery the run's checkpoint interval in levels
 * @param partitions      the run's partition count (a resumed run keeps it)
 */
public record StoredRun(String model, String text, Map<String, String> overrides, ExploreOptions options,
                        int checkpointEvery, int partitions) {
    public StoredRun {
        overrides = Map.copyOf(overrides);
    }
}
