package dev.ariadne.api;

import dev.ariadne.load.ModelException;
import dev.ariadne.load.ModelLoader;
import dev.ariadne.expand.ExploreOptions;
import dev.ariadne.storage.StateStore;
import dev.ariadne.lang.compile.Compiler;
import dev.ariadne.lang.compile.Program;
import dev.ariadne.snapshot.StateCodec;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a run directory must remember to be resumed and traced by a later process: the
 * model's text (a resume compiles the saved text, not the file, which may have changed),
 * the constants, the options that shape the state space, and the versions that make its
 * snapshots readable. Saved as store metadata before the first checkpoint.
 *
 * @param constants  the {@code --const} overrides, NAME to expression text, in command-line order
 *                   (the program hash depends on that order)
 * @param invariants the {@code --invariant} names, or null for every invariant
 * @param properties the {@code --property} names, or null for every property
 * @param symmetry   whether states were reduced by the model's symmetric values (not under {@code --no-symmetry})
 */
public record RunMetadata(String modelPath, String modelText, String modelSha256, String programHash, int codecVersion,
                   int compilerVersion, Map<String, String> constants, boolean deadlock, int maxDepth,
                   boolean keepGoing, int maxViolations, List<String> invariants, List<String> properties,
                   String ariadneVersion, boolean symmetry) {

    public static final String MODEL_PATH = "model.path";
    public static final String MODEL_TEXT = "model.text";
    public static final String MODEL_SHA256 = "model.sha256";
    public static final String PROGRAM_HASH = "program.hash";
    public static final String CODEC_VERSION = "codec.version";
    public static final String COMPILER_VERSION = "compiler.version";
    public static final String CONSTANTS = "constants";
    public static final String DEADLOCK = "option.deadlock";
    public static final String MAX_DEPTH = "option.max_depth";
    public static final String CONTINUE = "option.continue";
    /** Absent when every invariant (property) is checked; else the names, one a line. */
    public static final String INVARIANTS = "option.invariants";
    public static final String PROPERTIES = "option.properties";
    /** Absent from runs made before the option: they kept the default. */
    public static final String MAX_VIOLATIONS = "option.max_violations";
    public static final String ARIADNE_VERSION = "ariadne.version";
    /** "false" for a run made with --no-symmetry; absent otherwise (runs made before the option reduced nothing). */
    public static final String SYMMETRY = "option.symmetry";
    /** The verdict of the last session (a {@code Status} label), and its violations. */
    public static final String RESULT_STATUS = "result.status";
    public static final String RESULT_VIOLATIONS = "result.violations";

    /** The metadata of a new run of a program loaded from {@code text}. */
    public static RunMetadata of(String modelPath, String text, Program program, Map<String, String> constants,
                          ExploreOptions options) {
        return new RunMetadata(modelPath, text, sha256(text), program.hash(), StateCodec.FORMAT_VERSION,
                Compiler.VERSION, new LinkedHashMap<>(constants), options.space().checkDeadlock(), options.search().maxDepth(),
                options.search().keepGoing(), options.search().maxViolations(), options.space().invariants(),
                options.space().properties(),
                Ariadne.version(), options.space().symmetry());
    }

    public void save(StateStore store) {
        store.putMetadata(MODEL_PATH, modelPath);
        store.putMetadata(MODEL_TEXT, modelText);
        store.putMetadata(MODEL_SHA256, modelSha256);
        store.putMetadata(PROGRAM_HASH, programHash);
        store.putMetadata(CODEC_VERSION, Integer.toString(codecVersion));
        store.putMetadata(COMPILER_VERSION, Integer.toString(compilerVersion));
        StringBuilder b = new StringBuilder();
        constants.forEach((k, v) -> b.append(k).append('\t')
                .append(Base64.getEncoder().encodeToString(v.getBytes(StandardCharsets.UTF_8))).append('\n'));
        store.putMetadata(CONSTANTS, b.toString());
        store.putMetadata(DEADLOCK, Boolean.toString(deadlock));
        store.putMetadata(MAX_DEPTH, Integer.toString(maxDepth));
        store.putMetadata(CONTINUE, Boolean.toString(keepGoing));
        if (invariants != null) {
            store.putMetadata(INVARIANTS, String.join("\n", invariants));
        }
        if (properties != null) {
            store.putMetadata(PROPERTIES, String.join("\n", properties));
        }
        store.putMetadata(MAX_VIOLATIONS, Integer.toString(maxViolations));
        store.putMetadata(ARIADNE_VERSION, ariadneVersion);
        if (!symmetry) {
            store.putMetadata(SYMMETRY, "false");
        }
    }

    /** Reads a run's metadata; a store without it (or with unreadable values) is refused. */
    public static RunMetadata load(StateStore store, String dir) {
        try {
            Map<String, String> consts = new LinkedHashMap<>();
            for (String line : required(store, CONSTANTS, dir).split("\n")) {
                if (!line.isEmpty()) {
                    String[] f = line.split("\t", 2);
                    consts.put(f[0], new String(Base64.getDecoder().decode(f[1]), StandardCharsets.UTF_8));
                }
            }
            return new RunMetadata(required(store, MODEL_PATH, dir), required(store, MODEL_TEXT, dir),
                    required(store, MODEL_SHA256, dir), required(store, PROGRAM_HASH, dir),
                    Integer.parseInt(required(store, CODEC_VERSION, dir)),
                    Integer.parseInt(required(store, COMPILER_VERSION, dir)), consts,
                    Boolean.parseBoolean(required(store, DEADLOCK, dir)),
                    Integer.parseInt(required(store, MAX_DEPTH, dir)),
                    Boolean.parseBoolean(required(store, CONTINUE, dir)),
                    store.metadata(MAX_VIOLATIONS) == null ? ExploreOptions.DEFAULT_MAX_VIOLATIONS
                            : Integer.parseInt(store.metadata(MAX_VIOLATIONS)),
                    names(store.metadata(INVARIANTS)), names(store.metadata(PROPERTIES)),
                    String.valueOf(store.metadata(ARIADNE_VERSION)), !"false".equals(store.metadata(SYMMETRY)));
        } catch (RuntimeException e) {
            if (e instanceof CheckException ce) {
                throw ce;
            }
            throw new CheckException(dir + ": the run's metadata is damaged (" + e.getMessage() + ")");
        }
    }

    private static List<String> names(String lines) {
        return lines == null ? null : lines.isEmpty() ? List.of() : List.of(lines.split("\n"));
    }

    private static String required(StateStore store, String key, String dir) {
        String v = store.metadata(key);
        if (v == null && store.metadata(MODEL_PATH) == null && store.lastCheckpoint() == null) {
            throw new CheckException("the check that made " + dir + " was stopped before its first checkpoint:"
                    + " there is nothing to resume; run the check again with --store " + dir);
        }
        if (v == null) {
            throw new CheckException(dir + " holds no ariadne run: its metadata has no '" + key + "'");
        }
        return v;
    }

    /**
     * Compiles the saved model with the saved constants, refusing a store this build cannot
     * continue: another snapshot format or compiler version, a saved text that does not match
     * its hash, or a program whose hash differs from the one the states were computed with.
     */
    public Program compile(String dir) {
        if (codecVersion != StateCodec.FORMAT_VERSION) {
            throw new CheckException(dir + " was written with snapshot format " + codecVersion + ", but this build of "
                    + "ariadne reads format " + StateCodec.FORMAT_VERSION + ": run the check again");
        }
        if (compilerVersion != Compiler.VERSION) {
            throw new CheckException(dir + " was written by compiler version " + compilerVersion + ", but this build "
                    + "of ariadne has version " + Compiler.VERSION + ": run the check again");
        }
        if (!sha256(modelText).equals(modelSha256)) {
            throw new CheckException(dir + ": the saved model text does not match its SHA-256 (the store is damaged)");
        }
        Program program;
        try {
            program = ModelLoader.load(modelPath, modelText, constants);
        } catch (ModelException e) {
            throw new CheckException(dir + ": the saved model no longer compiles:\n" + String.join("\n", e.errors()));
        }
        if (!program.hash().equals(programHash)) {
            throw new CheckException(dir + " was checked with program " + programHash + ", but its saved model now "
                    + "compiles to program " + program.hash() + ": its states cannot be continued; run the check again");
        }
        return program;
    }

    /** The exploration options of the run: {@code session}'s (timing, tuning) with the run's own on top. */
    ExploreOptions options(ExploreOptions session) {
        return session.withDeadlock(deadlock).withMaxDepth(maxDepth)
                .withKeepGoing(keepGoing).withMaxViolations(maxViolations).withInvariants(invariants)
                .withProperties(properties).withSymmetry(symmetry);
    }

    /** The SHA-256 of a text's UTF-8 bytes, in hex. */
    public static String sha256(String text) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(md.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-256", e);
        }
    }
}
