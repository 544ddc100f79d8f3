package dev.ariadne.cli.engine;

import dev.ariadne.result.CheckResult;
import dev.ariadne.result.TraceStep;

import java.util.List;

/**
 * What an engine found: the result as the single-machine engine gives it, and the trace of
 * each of its violations, in the same order.
 *
 * @param cores      the executor cores the run had (the reports' {@code workers})
 * @param stopReason why an interrupted run stopped ({@code the time limit}, a signal), or null
 */
public record EngineOutcome(CheckResult result, List<List<TraceStep>> traces, int cores, String stopReason) {
}
