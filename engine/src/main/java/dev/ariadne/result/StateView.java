package dev.ariadne.result;

import dev.ariadne.value.Value;

import java.util.List;
import java.util.Map;

/**
 * A decoded state for people: the globals by name in declaration order, and every
 * process instance with its position and {@code var}s. Its values are fresh objects,
 * aliasing preserved within the state.
 */
public record StateView(Map<String, Value> globals, List<ProcessView> processes) {
    /** One process instance: {@code Name} or {@code Name(self)}, its label (or "Done") and its vars. */
    public record ProcessView(String name, String pc, Map<String, Value> vars) {
    }
}
