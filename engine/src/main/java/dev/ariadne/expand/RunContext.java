package dev.ariadne.expand;

import dev.ariadne.space.StateSpace;
import dev.ariadne.storage.StateReader;

/**
 * What every worker needs to expand states of one run: the state space, where the
 * snapshots are and the options. Shared by the coordinator and the thread workers of a run.
 */
public record RunContext(String tag, StateSpace space, StateReader store, ExploreOptions options) {
}
