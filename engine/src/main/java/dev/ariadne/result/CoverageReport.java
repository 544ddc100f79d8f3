package dev.ariadne.result;

import java.util.List;

/**
 * What {@code --coverage} found: per action and per process label, how often it was
 * enabled (states where it had a successor), taken, and how many new distinct states it
 * produced; per variable, an estimate of its distinct values.
 *
 * @param steps     one entry per action and per label, in declaration order
 * @param variables one entry per global variable, in declaration order
 */
public record CoverageReport(List<Step> steps, List<Variable> variables) {

    /**
     * @param kind     "action" or "label"
     * @param name     the action's name, or {@code Process.Label}
     * @param location where it is declared, {@code file:line:col}
     * @param enabled  states (expanded or visited) where it had at least one successor
     * @param taken    successors it produced (in a simulation: steps of behaviours it made)
     * @param produced new distinct states it was the first to reach; -1 when not counted (simulation)
     */
    public record Step(String kind, String name, String location, long enabled, long taken, long produced) {
    }

    /** @param distinct an estimate of the distinct values (exact below a few hundred) */
    public record Variable(String name, long distinct) {
    }

    /** The actions and labels never enabled: usually a mistake in the model. */
    public List<Step> neverEnabled() {
        return steps.stream().filter(s -> s.enabled() == 0).toList();
    }
}
