package dev.ariadne.cli.engine;

/**
 * An engine the command can run a check on, other than its own explorer: a
 * {@link java.util.ServiceLoader} service of the modules that provide one.
 */
public interface Engine {
    /** The name {@code --engine} takes, e.g. {@code spark}. */
    String name();

    /**
     * Explores the request's model to the end (or to a stop it is asked for) and returns what
     * it found, the trace of every violation included; it prints nothing of the report.
     *
     * @throws EngineException for what the user can fix (an unreachable cluster, an unwritable
     *                         run directory, a run that cannot be resumed)
     */
    EngineOutcome check(EngineRequest request);

    /**
     * What a run directory of this engine holds, so that {@code resume} can compile its model;
     * null when the directory holds no run of this engine.
     *
     * @throws EngineException when it cannot be read
     */
    StoredRun stored(String runDirectory);
}
