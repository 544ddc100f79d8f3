package dev.ariadne.space;

import java.util.List;

/**
 * What {@code --coverage} counts in a {@link StateSpace}: the keys its steps are counted
 * under (a model's actions and process labels) and its variables, whose distinct values
 * are estimated. A cursor names the key of each step ({@link Cursor#coverageKey}) and
 * hashes the variables of the loaded state ({@link Cursor#variableHashes}).
 *
 * @param keys      what the keys {@code 0 .. keys.size() - 1} stand for
 * @param variables the variables' names, in the order of their hashes
 */
public record CoverageLayout(List<Key> keys, List<String> variables) {
    public CoverageLayout {
        keys = List.copyOf(keys);
        variables = List.copyOf(variables);
    }

    /**
     * @param kind     what the key counts ("action", "label")
     * @param name     its name for people
     * @param location where it is declared ({@code file:line:col}), or null
     */
    public record Key(String kind, String name, String location) {
    }
}
