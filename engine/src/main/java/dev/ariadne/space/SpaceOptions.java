package dev.ariadne.space;

import java.util.List;
import java.util.stream.IntStream;

/**
 * What defines a state space's checks, the same for every worker of a run: which
 * invariants and properties are checked, whether a state with no successor is a deadlock,
 * and how long one step may run, and whether symmetric states are one state.
 *
 * @param invariants    {@code --invariant}: the names of the invariants to check, or null for all
 * @param properties    {@code --property}: the names of the properties to check, or null for all
 * @param checkDeadlock report states without successors that are not {@link Cursor#terminal terminal}
 * @param stepBudget    instructions one branch of a step may run
 * @param symmetry      reduce states by the model's symmetric values (off with {@code --no-symmetry})
 */
public record SpaceOptions(List<String> invariants, List<String> properties, boolean checkDeadlock, long stepBudget,
                           boolean symmetry) {
    public SpaceOptions {
        invariants = invariants == null ? null : List.copyOf(invariants);
        properties = properties == null ? null : List.copyOf(properties);
    }

    /** The options of a space reduced by its symmetric values (the default). */
    public SpaceOptions(List<String> invariants, List<String> properties, boolean checkDeadlock, long stepBudget) {
        this(invariants, properties, checkDeadlock, stepBudget, true);
    }

    /**
     * The positions in {@code declared} of the selected names, in declaration order, or
     * null when {@code selected} is null (everything is checked).
     *
     * @throws IllegalArgumentException for a name that is not declared
     */
    public static int[] selection(List<String> selected, List<String> declared) {
        if (selected == null) {
            return null;
        }
        for (String name : selected) {
            if (!declared.contains(name)) {
                throw new IllegalArgumentException("'" + name + "' is not declared");
            }
        }
        return IntStream.range(0, declared.size()).filter(i -> selected.contains(declared.get(i))).toArray();
    }
}
