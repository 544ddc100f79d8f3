package dev.ariadne.result;

import dev.ariadne.lang.syntax.Location;

/**
 * One step of a trace: its name ({@code Init}, {@code FillBig}, {@code Send(1, 2)},
 * {@code Worker(2) at Work}), where it is declared (null for the initialisation), and the
 * state it led to (null for a final step that failed).
 */
public record TraceStep(String name, Location location, long fingerprint, StateView state) {
}
