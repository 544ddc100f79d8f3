package dev.ariadne.bench;

import java.util.List;

/**
 * One benchmark model: an Ariadne model file with its constants and, when it has one, its
 * TLA+ twin in {@code benchmarks/tla/} (module, configuration, extra TLC flags).
 *
 * @param name        the short name used on the command line ({@code 2pc-7})
 * @param path        the model, relative to the repository root
 * @param constants   {@code NAME=EXPR} overrides, passed as {@code --const}
 * @param tlaModule   the twin's module file in {@code benchmarks/tla/}, or null
 * @param tlaConfig   the twin's configuration file there, or null
 * @param tlcFlags    extra TLC flags ({@code -deadlock} where the model runs with {@code --no-deadlock})
 * @param role        why it is in the set: {@code startup} (tiny: JVM and store start-up) or {@code throughput}
 * @param expectedDistinct the distinct-state count TLC found for the twin ({@code benchmarks/tla/README.md})
 * @param expectedDepth    the depth TLC found
 */
public record BenchModel(String name, String path, List<String> constants, String tlaModule, String tlaConfig,
                         List<String> tlcFlags, String role, long expectedDistinct, long expectedDepth) {
    public BenchModel {
        constants = List.copyOf(constants);
        tlcFlags = List.copyOf(tlcFlags);
    }

    public boolean hasTwin() {
        return tlaModule != null && tlaConfig != null;
    }

    /** The model as a person reads it: {@code examples/two_phase_commit.ari RM_COUNT=7}. */
    public String describe() {
        return constants.isEmpty() ? path : path + " " + String.join(" ", constants);
    }
}
