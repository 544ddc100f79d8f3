package dev.ariadne.expand;

import dev.ariadne.collect.FingerprintSet;
import dev.ariadne.lang.compile.Program;
import dev.ariadne.storage.StateReader;

import java.util.function.Consumer;

/**
 * What every worker needs to expand states of one run: the program, where the snapshots
 * are, the shared pre-filter of known fingerprints and the options. Shared by the
 * coordinator and the thread workers of a run. {@code printer} receives the lines the model
 * prints ({@code print}); null discards them.
 */
public record RunContext(String tag, Program program, StateReader store, FingerprintSet known, ExploreOptions options,
                         Consumer<String> printer) {
}
