package dev.ariadne.simulate;

import java.util.List;

/**
 * How to simulate.
 *
 * @param seed          the run's seed: behaviour i draws from a stream made of (seed, i) alone
 * @param depth         the most steps of one behaviour
 * @param behaviours    how many behaviours in all, whatever the number of workers; 0 for no bound
 * @param timeMillis    stop starting behaviours after this long; 0 for no bound
 * @param workers       threads walking behaviours
 * @param checkDeadlock report states without successors where not every process is Done
 * @param stepBudget    instructions one branch of a step may run
 * @param invariants    {@code --invariant}: the invariants to check, or null for all
 * @param coverage      count, per action and label, how often it was enabled and taken
 */
public record SimulateOptions(long seed, int depth, long behaviours, long timeMillis, int workers, boolean checkDeadlock,
                              long stepBudget, List<String> invariants, boolean coverage) {
}
