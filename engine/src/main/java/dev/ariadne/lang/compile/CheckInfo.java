package dev.ariadne.lang.compile;

/** An {@code invariant} or a {@code constraint}: a named body that returns a truth value. */
public record CheckInfo(String name, int code, int offset) {
}
