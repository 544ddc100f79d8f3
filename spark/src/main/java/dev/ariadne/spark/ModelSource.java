package dev.ariadne.spark;

import dev.ariadne.lang.compile.Program;
import dev.ariadne.load.ModelException;
import dev.ariadne.load.ModelLoader;
import dev.ariadne.space.SpaceOptions;
import dev.ariadne.space.StateSpace;
import dev.ariadne.space.lang.LanguageSpace;
import dev.ariadne.spark.search.ModelOutput;
import dev.ariadne.spark.search.SpaceSource;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A model as the executors get it: its text, constants and checks, compiled once per JVM
 * into a {@link LanguageSpace} that every task of the run then shares.
 */
final class ModelSource implements SpaceSource {
    private static final long serialVersionUID = 1L;
    /** One compiled space per model, constants and checks in this JVM (an executor serves one run at a time). */
    private static final Map<ModelSource, StateSpace> SPACES = new ConcurrentHashMap<>();

    private final String model;
    private final String text;
    private final HashMap<String, String> overrides;
    private final List<String> invariants;
    private final List<String> properties;
    private final boolean checkDeadlock;
    private final long stepBudget;

    ModelSource(String model, String text, Map<String, String> overrides, List<String> invariants,
                List<String> properties, boolean checkDeadlock, long stepBudget) {
        this.model = model;
        this.text = text;
        this.overrides = new HashMap<>(overrides);
        this.invariants = invariants == null ? null : List.copyOf(invariants);
        this.properties = properties == null ? null : List.copyOf(properties);
        this.checkDeadlock = checkDeadlock;
        this.stepBudget = stepBudget;
    }

    @Override
    public StateSpace open() {
        return SPACES.computeIfAbsent(this, ModelSource::compile);
    }

    private StateSpace compile() {
        try {
            Program program = ModelLoader.load(model, text, overrides);
            // what the model prints goes to the sink of the task thread running it, and from there to the driver
            return new LanguageSpace(program, new SpaceOptions(invariants, properties, checkDeadlock, stepBudget),
                    ModelOutput::print);
        } catch (ModelException e) {
            // the driver compiled the same text before shipping it: this is no user error
            throw new IllegalStateException("the model does not compile in an executor: " + e.errors(), e);
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ModelSource m && m.model.equals(model) && m.text.equals(text)
                && m.overrides.equals(overrides) && Objects.equals(m.invariants, invariants)
                && Objects.equals(m.properties, properties) && m.checkDeadlock == checkDeadlock
                && m.stepBudget == stepBudget;
    }

    @Override
    public int hashCode() {
        return Objects.hash(model, text, overrides, invariants, properties, checkDeadlock, stepBudget);
    }
}
