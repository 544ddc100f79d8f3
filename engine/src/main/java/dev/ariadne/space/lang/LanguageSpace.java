package dev.ariadne.space.lang;

import dev.ariadne.lang.compile.Program;
import dev.ariadne.lang.syntax.Location;
import dev.ariadne.liveness.PropertyInstances;
import dev.ariadne.snapshot.Fingerprint;
import dev.ariadne.space.ConcreteTracer;
import dev.ariadne.space.CoverageLayout;
import dev.ariadne.space.Cursor;
import dev.ariadne.space.SpaceOptions;
import dev.ariadne.space.StateSpace;
import dev.ariadne.storage.StateReader;
import dev.ariadne.vm.Machine;

import java.util.function.Consumer;

/**
 * The state space of a compiled model: states are {@link dev.ariadne.snapshot.StateCodec}
 * snapshots, and each cursor decodes them into a {@link Machine} of its own and runs its
 * steps there.
 */
public final class LanguageSpace implements StateSpace {
    private final Program program;
    private final SpaceOptions options;
    private final Consumer<String> printer;
    /** What {@code --coverage} counts, made on first use. */
    private volatile LanguageCoverage coverage;
    /** Computed by the first cursor made for it, so that an error in a property's domain is a finding of the run. */
    private volatile int propertyWords = -1;

    /**
     * @param printer receives the lines the model prints ({@code print}); null discards them
     * @throws IllegalArgumentException when an invariant or property selected is not declared
     */
    public LanguageSpace(Program program, SpaceOptions options, Consumer<String> printer) {
        this.program = program;
        this.options = options;
        this.printer = printer;
    }

    public Program program() {
        return program;
    }

    public SpaceOptions options() {
        return options;
    }

    Consumer<String> printer() {
        return printer;
    }

    /**
     * The instances of the selected properties, evaluated on a fresh cursor (the coordinator's view).
     *
     * @throws dev.ariadne.space.ModelError when a property's parameter domain cannot be evaluated
     */
    public PropertyInstances properties() {
        return new LanguageCursor(this).propertyInstances();
    }

    /** The space of a program with every check and the default step budget (for traces and tools). */
    public static LanguageSpace of(Program program) {
        return new LanguageSpace(program, new SpaceOptions(null, null, true, Machine.DEFAULT_STEP_BUDGET), null);
    }

    @Override
    public LanguageCursor cursor() {
        return new LanguageCursor(this);
    }

    @Override
    public int propertyWords() {
        int w = propertyWords;
        if (w < 0) {
            PropertyInstances p = properties();
            w = p.hasTemporal() ? p.words() : 0;
            propertyWords = w;
        }
        return w;
    }

    @Override
    public long fingerprint(byte[] bytes, int off, int len) {
        return Fingerprint.of(bytes, off, len);
    }

    /** The model's coverage keys and variables. */
    LanguageCoverage coverage() {
        LanguageCoverage c = coverage;
        if (c == null) {
            c = new LanguageCoverage(program);
            coverage = c;
        }
        return c;
    }

    @Override
    public CoverageLayout coverageLayout() {
        return coverage().layout();
    }

    @Override
    public boolean constrained() {
        return !program.constraints().isEmpty();
    }

    @Override
    public ConcreteTracer concreteTraces(StateReader store) {
        return ConcreteTraces.of(this, store);
    }

    @Override
    public Location locate(int offset) {
        return offset >= 0 ? program.source().location(offset) : null;
    }
}
