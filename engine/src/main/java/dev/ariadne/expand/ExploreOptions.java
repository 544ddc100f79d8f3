package dev.ariadne.expand;

import dev.ariadne.space.SpaceOptions;
import dev.ariadne.vm.Machine;

import java.util.List;

/**
 * How to explore, by role: what defines the state space's checks ({@link SpaceOptions}, the
 * same for every worker and every session of a run), how far the search goes
 * ({@link SearchOptions}), what this session chooses ({@link SessionOptions}) and speed
 * settings ({@link Tuning}). Each {@code with...} changes one field of one part.
 */
public record ExploreOptions(SpaceOptions space, SearchOptions search, SessionOptions session, Tuning tuning) {
    /** How many violations {@code --continue} keeps unless told otherwise. */
    public static final int DEFAULT_MAX_VIOLATIONS = SearchOptions.DEFAULT_MAX_VIOLATIONS;
    /** The most violations {@code --max-violations} may keep. */
    public static final int LIMIT_MAX_VIOLATIONS = SearchOptions.LIMIT_MAX_VIOLATIONS;

    public static ExploreOptions defaults() {
        return new ExploreOptions(new SpaceOptions(null, null, true, Machine.DEFAULT_STEP_BUDGET),
                SearchOptions.defaults(), SessionOptions.defaults(), Tuning.defaults());
    }

    public ExploreOptions with(SpaceOptions s) {
        return new ExploreOptions(s, search, session, tuning);
    }

    public ExploreOptions with(SearchOptions s) {
        return new ExploreOptions(space, s, session, tuning);
    }

    public ExploreOptions with(SessionOptions s) {
        return new ExploreOptions(space, search, s, tuning);
    }

    public ExploreOptions with(Tuning t) {
        return new ExploreOptions(space, search, session, t);
    }

    public ExploreOptions withDeadlock(boolean on) {
        return with(new SpaceOptions(space.invariants(), space.properties(), on, space.stepBudget(), space.symmetry()));
    }

    public ExploreOptions withStepBudget(long budget) {
        return with(new SpaceOptions(space.invariants(), space.properties(), space.checkDeadlock(), budget, space.symmetry()));
    }

    /** Only these invariants are checked (null: all of them). */
    public ExploreOptions withInvariants(List<String> names) {
        return with(new SpaceOptions(names, space.properties(), space.checkDeadlock(), space.stepBudget(), space.symmetry()));
    }

    /** Only these temporal properties are checked (null: all of them). */
    public ExploreOptions withProperties(List<String> names) {
        return with(new SpaceOptions(space.invariants(), names, space.checkDeadlock(), space.stepBudget(), space.symmetry()));
    }

    /** Whether the model's symmetric values reduce the state space ({@code --no-symmetry} turns it off). */
    public ExploreOptions withSymmetry(boolean on) {
        return with(new SpaceOptions(space.invariants(), space.properties(), space.checkDeadlock(), space.stepBudget(), on));
    }

    /** Whether actions and labels are counted as they are enabled and taken ({@code --coverage}). */
    public ExploreOptions withCoverage(boolean on) {
        return with(new SearchOptions(search.maxDepth(), search.keepGoing(), search.maxViolations(), on));
    }

    public ExploreOptions withMaxDepth(int depth) {
        return with(new SearchOptions(depth, search.keepGoing(), search.maxViolations(), search.coverage()));
    }

    public ExploreOptions withKeepGoing(boolean on) {
        return with(new SearchOptions(search.maxDepth(), on, search.maxViolations(), search.coverage()));
    }

    public ExploreOptions withMaxViolations(int max) {
        return with(new SearchOptions(search.maxDepth(), search.keepGoing(), max, search.coverage()));
    }

    public ExploreOptions withTimeout(long millis) {
        return with(new SessionOptions(millis, session.checkpointMillis(), session.progressMillis()));
    }

    public ExploreOptions withCheckpoint(long millis) {
        return with(new SessionOptions(session.timeoutMillis(), millis, session.progressMillis()));
    }

    public ExploreOptions withProgress(long millis) {
        return with(new SessionOptions(session.timeoutMillis(), session.checkpointMillis(), millis));
    }

    public ExploreOptions withBatchSize(int size) {
        return with(new Tuning(size, tuning.cacheBytes()));
    }

    public ExploreOptions withCacheBytes(long bytes) {
        return with(new Tuning(tuning.batchSize(), bytes));
    }
}
