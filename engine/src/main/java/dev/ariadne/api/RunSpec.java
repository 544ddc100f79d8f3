package dev.ariadne.api;

import dev.ariadne.expand.ExploreOptions;
import dev.ariadne.lang.compile.Program;
import dev.ariadne.result.Progress;
import dev.ariadne.storage.MemoryStateStore;
import dev.ariadne.storage.StateStore;

import java.util.Objects;
import java.util.function.Consumer;

/**
 * One run to start in an {@link Invocation}, made with {@link #of(Program)}: every
 * field has a value (a printer that discards, a progress listener that ignores).
 *
 * @param tag      the run's name in the pool (unique within the invocation)
 * @param priority the run's rank among the invocation's runs; lower runs first
 * @param printer  receives what the model prints
 * @param progress receives progress reports
 */
public record RunSpec(String tag, Program program, StateStore store, ExploreOptions options, long priority,
                      Consumer<String> printer, Consumer<Progress> progress) {
    public RunSpec {
        Objects.requireNonNull(tag);
        Objects.requireNonNull(program);
        Objects.requireNonNull(store);
        Objects.requireNonNull(options);
        Objects.requireNonNull(printer);
        Objects.requireNonNull(progress);
    }

    /** A run of {@code program}: tag "run", states in memory, default options, priority 0. */
    public static Builder of(Program program) {
        return new Builder(program);
    }

    /** Builds a {@link RunSpec}. */
    public static final class Builder {
        private final Program program;
        private String tag = "run";
        private StateStore store;
        private ExploreOptions options = ExploreOptions.defaults();
        private long priority;
        private Consumer<String> printer = line -> { };
        private Consumer<Progress> progress = p -> { };

        private Builder(Program program) {
            this.program = Objects.requireNonNull(program);
        }

        public Builder tag(String tag) {
            this.tag = tag;
            return this;
        }

        public Builder store(StateStore store) {
            this.store = store;
            return this;
        }

        public Builder options(ExploreOptions options) {
            this.options = options;
            return this;
        }

        public Builder priority(long priority) {
            this.priority = priority;
            return this;
        }

        /** Receives what the model prints; null discards it. */
        public Builder printer(Consumer<String> printer) {
            this.printer = printer == null ? line -> { } : printer;
            return this;
        }

        public Builder progress(Consumer<Progress> progress) {
            this.progress = progress == null ? p -> { } : progress;
            return this;
        }

        public RunSpec build() {
            return new RunSpec(tag, program, store == null ? new MemoryStateStore() : store, options, priority,
                    printer, progress);
        }
    }
}
