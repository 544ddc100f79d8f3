package dev.ariadne.lang.compile;

import java.util.List;

/** A liveness {@code property}: parsed and compiled, checked once the liveness checker lands. */
public record PropertyInfo(String name, List<String> modalities, int code, int offset) {
}
