package dev.ariadne.lang.compile;

import dev.ariadne.lang.syntax.Fairness;

import java.util.List;

/**
 * An {@code action} declaration: its code starts by choosing each parameter with
 * {@code ONEOF} over its domain, so one successor comes out per parameter combination.
 *
 * @param paramSlots the local slots of the parameters, in declaration order
 * @param fairness   how each instance of it is fair (liveness)
 */
public record ActionInfo(String name, int code, List<String> paramNames, int[] paramSlots, int offset,
                         Fairness fairness) {
}
