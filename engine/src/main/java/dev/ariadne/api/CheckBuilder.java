package dev.ariadne.api;

import dev.ariadne.expand.ExploreOptions;
import dev.ariadne.lang.compile.Program;
import dev.ariadne.load.ModelException;
import dev.ariadne.load.ModelLoader;
import dev.ariadne.storage.Checkpoint;
import dev.ariadne.storage.DurableStore;
import dev.ariadne.storage.MemoryStateStore;
import dev.ariadne.storage.StateStore;
import dev.ariadne.storage.StorageException;
import dev.ariadne.storage.StoreOpener;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A check to run, made by {@link Ariadne#check}: the model, its constants (several values
 * for one constant make a matrix, one run per combination), what to check, and where the
 * states are kept: in memory (the default), or in a run directory that can be resumed and
 * traced later.
 */
public final class CheckBuilder extends SessionBuilder<CheckBuilder> {
    /** The saved model text is a value of the store's metadata: a durable check refuses a longer one. */
    public static final int MAX_MODEL_CHARS = 256 * 1024;

    private final String model;
    private final String text;
    private final Program program;
    private final Map<String, LinkedHashSet<String>> constants = new LinkedHashMap<>();
    private ExploreOptions base = ExploreOptions.defaults();
    private Boolean deadlock;
    private Integer maxDepth;
    private Boolean keepGoing;
    private Integer maxViolations;
    private List<String> invariants;
    private List<String> properties;
    private Boolean symmetry;
    private Boolean coverage;
    private Path storeIn;
    private Path storeUnder;
    private StateStore store;
    /** What {@link #compile()} made, and for which constants. */
    private List<Program> compiled;
    private Map<String, LinkedHashSet<String>> compiledFor;

    CheckBuilder(String model, String text, Program program) {
        this.model = model;
        this.text = text;
        this.program = program;
    }

    /**
     * Overrides {@code const name} with an expression of the model language ({@code "3"},
     * {@code "True"}, {@code "[1, 2]"}); several values make a matrix, as does calling
     * this again for the same name with another value.
     */
    public CheckBuilder constant(String name, String... values) {
        if (!isConstantName(name)) {
            throw new IllegalArgumentException("'" + name + "' is not a constant's name");
        }
        if (values.length == 0) {
            throw new IllegalArgumentException("constant '" + name + "' needs at least one value");
        }
        for (String v : values) {
            if (v == null || v.isBlank()) {
                throw new IllegalArgumentException("constant '" + name + "': an empty value");
            }
            constants.computeIfAbsent(name, k -> new LinkedHashSet<>()).add(v.strip());
        }
        return this;
    }

    /** Whether {@code name} can name a constant ({@link #constant}): an ASCII identifier. */
    public static boolean isConstantName(String name) {
        return name != null && name.matches("[A-Za-z_][A-Za-z0-9_]*");
    }

    /** Whether a state where no process can move is reported (default: yes). */
    public CheckBuilder deadlock(boolean check) {
        deadlock = check;
        return this;
    }

    /** Does not expand states deeper than {@code depth} (default: no limit). */
    public CheckBuilder maxDepth(int depth) {
        if (depth < 1) {
            throw new IllegalArgumentException("max depth must be at least 1, not " + depth);
        }
        maxDepth = depth;
        return this;
    }

    /** Keeps exploring after a violation and reports them all (the command line's --continue). */
    public CheckBuilder keepGoing() {
        keepGoing = true;
        return this;
    }

    /**
     * With {@link #keepGoing()}, keeps the first {@code max} violations with their traces;
     * later ones are only counted (default {@value ExploreOptions#DEFAULT_MAX_VIOLATIONS}).
     */
    public CheckBuilder maxViolations(int max) {
        if (max < 1 || max > ExploreOptions.LIMIT_MAX_VIOLATIONS) {
            throw new IllegalArgumentException("max violations must be between 1 and "
                    + ExploreOptions.LIMIT_MAX_VIOLATIONS + ", not " + max);
        }
        maxViolations = max;
        return this;
    }

    /** Checks only these invariants (default: every invariant of the model). */
    public CheckBuilder invariants(String... names) {
        invariants = List.copyOf(new LinkedHashSet<>(Arrays.asList(names)));
        return this;
    }

    /** Checks only these temporal properties (default: every property of the model). */
    public CheckBuilder properties(String... names) {
        properties = List.copyOf(new LinkedHashSet<>(Arrays.asList(names)));
        return this;
    }

    /**
     * Whether the model's symmetric values reduce the states explored (default: yes; the
     * command line's --no-symmetry turns it off).
     */
    public CheckBuilder symmetry(boolean on) {
        symmetry = on;
        return this;
    }

    /** Counts how often each action and label was enabled and taken (the command line's --coverage). */
    public CheckBuilder coverage(boolean on) {
        coverage = on;
        return this;
    }

    /** Starts from these exploration options (the builder's own settings apply on top). */
    public CheckBuilder options(ExploreOptions options) {
        base = Objects.requireNonNull(options);
        return this;
    }

    /** Keeps the run in {@code directory}, which must be absent or empty (for a matrix: one directory per run in it). */
    public CheckBuilder storeIn(Path directory) {
        storeIn = directory;
        storeUnder = null;
        store = null;
        return this;
    }

    /** Keeps the run in a fresh directory under {@code parent}, named after the model and the time. */
    public CheckBuilder storeUnder(Path parent) {
        storeUnder = parent;
        storeIn = null;
        store = null;
        return this;
    }

    /** Keeps the states in memory (the default): nothing to resume or trace later. */
    public CheckBuilder inMemory() {
        storeIn = null;
        storeUnder = null;
        store = null;
        return this;
    }

    /** Keeps the states of a lone run in {@code store}, which the caller opened and closes. */
    public CheckBuilder store(StateStore store) {
        this.store = store;
        storeIn = null;
        storeUnder = null;
        return this;
    }

    /** The exploration options of every run: the session's settings, then the check's. */
    /** The options the runs of this check explore with, this session's settings applied. */
    public ExploreOptions options() {
        ExploreOptions o = sessionOptions(base);
        if (deadlock != null) {
            o = o.withDeadlock(deadlock);
        }
        if (maxDepth != null) {
            o = o.withMaxDepth(maxDepth);
        }
        if (keepGoing != null) {
            o = o.withKeepGoing(keepGoing);
        }
        if (maxViolations != null) {
            o = o.withMaxViolations(maxViolations);
        }
        if (invariants != null) {
            o = o.withInvariants(invariants);
        }
        if (properties != null) {
            o = o.withProperties(properties);
        }
        if (symmetry != null) {
            o = o.withSymmetry(symmetry);
        }
        if (coverage != null) {
            o = o.withCoverage(coverage);
        }
        return o;
    }

    /**
     * Compiles the model once per combination of constants, checks the selection, and
     * creates the run directory and stores. A model that does not compile or an unusable
     * run directory throws a {@link CheckException}; a store that fails while being set up,
     * a {@link StorageException}.
     */
    @Override
    Session prepareRuns() {
        Map<String, List<String>> values = new LinkedHashMap<>();
        constants.forEach((k, v) -> values.put(k, new ArrayList<>(v)));
        List<Map<String, String>> matrix = Matrix.combinations(values);
        boolean durable = storeIn != null || storeUnder != null;
        if (program != null && !constants.isEmpty()) {
            throw new IllegalStateException("constants are fixed once a program is compiled: check the model's text");
        }
        if (durable && program != null) {
            throw new IllegalStateException("a run directory keeps the model's text: check the model's text");
        }
        if (store != null && matrix.size() > 1) {
            throw new IllegalStateException("one store cannot hold a matrix of " + matrix.size() + " runs");
        }
        if (durable && text.length() > MAX_MODEL_CHARS) {
            throw new CheckException("'" + model + "' is too large for a run's store (" + text.length()
                    + " characters; at most " + MAX_MODEL_CHARS + ")");
        }
        List<Program> programs = compile();
        ExploreOptions options = options();
        if (!durable) {
            List<Session.Run> runs = new ArrayList<>();
            for (int i = 0; i < matrix.size(); i++) {
                String label = matrix.size() > 1 ? Matrix.label(matrix.get(i)) : null;
                runs.add(new Session.Run(label, model, programs.get(i), store != null ? store : new MemoryStateStore(),
                        null, options, null));
            }
            return session(runs);
        }
        StoreOpener stores = StoreOpener.find();
        if (stores == null) {
            throw new CheckException("no store module on the class path: add ariadne-store to keep runs on disk");
        }
        boolean fresh = storeIn == null;
        Path dir = fresh ? freshDirectory() : usableDirectory(storeIn);
        return matrix.size() == 1 ? lone(stores, dir, fresh, matrix.get(0), programs.get(0), options)
                : matrix(stores, dir, matrix, programs, options);
    }

    /**
     * Compiles the model once per combination of constants (first varying slowest) and
     * checks that the invariants and properties selected exist; {@link #prepare} does it
     * too, this lets a caller see the programs first. Throws a {@link CheckException}.
     */
    public List<Program> compile() {
        if (compiled != null && constants.equals(compiledFor)) {
            return compiled;
        }
        Map<String, List<String>> values = new LinkedHashMap<>();
        constants.forEach((k, v) -> values.put(k, new ArrayList<>(v)));
        List<Program> programs = new ArrayList<>();
        for (Map<String, String> overrides : Matrix.combinations(values)) {
            try {
                programs.add(program != null ? program : ModelLoader.load(model, text, overrides));
            } catch (ModelException e) {
                throw new CheckException(e);
            }
        }
        Selection.check(programs.get(0), options());
        Selection.checkSymmetry(model, programs.get(0), options());
        compiledFor = new LinkedHashMap<>();
        constants.forEach((k, v) -> compiledFor.put(k, new LinkedHashSet<>(v)));
        compiled = List.copyOf(programs);
        return compiled;
    }

    private Session lone(StoreOpener stores, Path dir, boolean fresh, Map<String, String> overrides, Program p,
                         ExploreOptions options) {
        DurableStore s;
        try {
            s = stores.create(dir);
        } catch (StorageException e) {
            if (fresh) {
                deleteQuietly(dir); // the fresh directory this check made: leave nothing behind
            }
            throw new CheckException("cannot create the store: " + e.getMessage());
        }
        try {
            begin(s, p, overrides, options);
        } catch (RuntimeException e) {
            s.close();
            throw e;
        }
        return session(List.of(new Session.Run(null, model, p, s, dir, options, null)));
    }

    /** A matrix: one run directory per combination of constants, listed in the matrix's index file. */
    private Session matrix(StoreOpener stores, Path dir, List<Map<String, String>> matrix, List<Program> programs,
                           ExploreOptions options) {
        List<Session.Run> runs = new ArrayList<>();
        try {
            Files.createDirectories(dir);
            List<String> names = new ArrayList<>();
            for (int i = 0; i < matrix.size(); i++) {
                String name = Matrix.directoryName(matrix.get(i));
                if (names.contains(name)) {
                    name = name + "-" + (i + 1);
                }
                names.add(name);
                DurableStore s = stores.create(dir.resolve(name));
                runs.add(new Session.Run(Matrix.label(matrix.get(i)), model, programs.get(i), s, dir.resolve(name),
                        options, null));
                begin(s, programs.get(i), matrix.get(i), options);
            }
            stores.writeAtomically(dir.resolve(Matrix.INDEX),
                    (String.join("\n", names) + "\n").getBytes(StandardCharsets.UTF_8));
            return session(runs);
        } catch (IOException e) {
            runs.forEach(r -> ((DurableStore) r.store()).close());
            throw new CheckException("cannot create the run directory '" + dir + "': " + e.getMessage());
        } catch (RuntimeException e) {
            runs.forEach(r -> ((DurableStore) r.store()).close());
            throw e;
        }
    }

    /** Saves what a resume needs, durably: a first checkpoint lets even a run stopped at once be resumed. */
    private void begin(DurableStore s, Program p, Map<String, String> overrides, ExploreOptions options) {
        RunMetadata.of(model, text, p, overrides, options).save(s);
        s.checkpoint(new Checkpoint(0, 0, 0, 0, 0, null));
    }

    private Path freshDirectory() {
        try {
            return RunDirectories.fresh(storeUnder, model, LocalDateTime.now());
        } catch (IOException e) {
            throw new CheckException("cannot create a run directory under '" + storeUnder + "': " + e.getMessage());
        }
    }

    /** {@code dir} if a new run may go there: absent, empty, or left by a check killed before its first checkpoint. */
    private static Path usableDirectory(Path dir) {
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new CheckException("'" + dir + "' is a file, not a directory");
        }
        try {
            if (Files.isDirectory(dir) && !RunDirectories.isEmpty(dir) && RunDirectories.abandoned(dir)) {
                RunDirectories.clear(dir); // nothing in it to keep
            }
            if (Files.isDirectory(dir) && !RunDirectories.isEmpty(dir)) {
                throw new CheckException("'" + dir + "' is not empty: " + (RunDirectories.holdsStore(dir)
                        ? "it holds a run: resume it, or choose another directory"
                        : "a new run needs a new or empty directory"));
            }
        } catch (IOException e) {
            throw new CheckException("cannot use '" + dir + "': " + e.getMessage());
        }
        return dir;
    }

    private static void deleteQuietly(Path emptyDir) {
        try {
            Files.deleteIfExists(emptyDir);
        } catch (IOException e) {
            // not empty or not ours to delete: leave it
        }
    }
}
