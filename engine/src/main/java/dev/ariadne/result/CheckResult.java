package dev.ariadne.result;

import java.util.List;

/**
 * What a check found.
 *
 * @param distinct   distinct states discovered
 * @param generated  successor states generated, duplicates included (initial states too)
 * @param depth      the greatest depth of a discovered state (an initial state has depth 1)
 * @param queueLeft  discovered states not yet expanded
 * @param violations in discovery order; empty when the check passed
 * @param failure    for {@link Status#FAILED}: the internal error; for {@link Status#INTERRUPTED}: the
 *                   {@link OutsideFault} that stopped the run, or null when it was asked to stop
 * @param violationCount how many violations were found in all ({@code violations} keeps the first ones)
 * @param properties every property instance with its verdict, in declaration order
 * @param coverage   with {@code --coverage}: what the steps of the run enabled, took and produced; else null
 */
public record CheckResult(Status status, long distinct, long generated, int depth, long queueLeft,
                          double elapsedSeconds, List<Violation> violations, Throwable failure, long violationCount,
                          List<PropertyVerdict> properties, CoverageReport coverage) {

    /** A result without coverage counts (a check run without {@code --coverage}). */
    public CheckResult(Status status, long distinct, long generated, int depth, long queueLeft, double elapsedSeconds,
                       List<Violation> violations, Throwable failure, long violationCount,
                       List<PropertyVerdict> properties) {
        this(status, distinct, generated, depth, queueLeft, elapsedSeconds, violations, failure, violationCount,
                properties, null);
    }

    /** Whether more violations were found than {@code violations} keeps (the cap of {@code --continue}). */
    public boolean capped() {
        return violationCount > violations.size();
    }
}
