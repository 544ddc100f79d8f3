package dev.ariadne.simulate;

import dev.ariadne.result.Violation;

import java.util.List;

/**
 * What a simulation found.
 *
 * @param behaviours     behaviours walked (up to and including the violating one when there is one)
 * @param states         states visited, initial states included, counted once per visit
 * @param distinct       an estimate of the distinct states visited (HyperLogLog, about 1 % off)
 * @param longest        the most states of one behaviour
 * @param elapsedSeconds wall time
 * @param violation      the violation of the behaviour with the least index, or null
 * @param behaviour      that behaviour's index
 * @param path           that behaviour's states (concrete snapshots), loops cut out, ending at the violating state
 * @param steps          the step id that led to each state of {@code path} (the first: the initialisation)
 * @param coverage       with {@code --coverage}: what the behaviours enabled and took; else null
 */
public record SimulationResult(long behaviours, long states, long distinct, int longest, double elapsedSeconds,
                               Violation violation, long behaviour, List<byte[]> path, int[] steps,
                               dev.ariadne.result.CoverageReport coverage) {
}
