package dev.ariadne.spark.search;

import java.io.Serializable;

/**
 * What the search does beside exploring: the depth bound, whether it goes on after a
 * violation and how many it keeps, whether a state without successors is a deadlock.
 *
 * @param maxDepth      do not expand states at this depth or deeper; 0 for no bound
 * @param maxViolations violations kept (with {@code keepGoing}); later ones are only counted
 */
public record SearchOptions(int maxDepth, boolean keepGoing, boolean checkDeadlock, int maxViolations)
        implements Serializable {
}
