package dev.ariadne.api;

import dev.ariadne.result.Progress;
import dev.ariadne.expand.ExploreOptions;
import dev.ariadne.storage.StateStore;
import dev.ariadne.lang.compile.Program;

import java.util.function.Consumer;

/**
 * One check to run in an {@link Invocation}.
 *
 * @param tag      the run's name in the pool (unique within the invocation)
 * @param priority the run's rank among the invocation's runs; lower runs first
 * @param printer  receives what the model prints (null discards it)
 * @param progress receives progress reports (null for none)
 */
public record RunSpec(String tag, Program program, StateStore store, ExploreOptions options, long priority,
                      Consumer<String> printer, Consumer<Progress> progress) {
}
