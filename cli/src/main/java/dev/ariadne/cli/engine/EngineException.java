package dev.ariadne.cli.engine;

/**
 * A problem an engine cannot get past and the user can fix, said in one line (no stack
 * trace): the command prints {@code ariadne: MESSAGE} and exits with the code.
 */
public final class EngineException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Exit status 2: bad command line, unusable directory, unreachable cluster. */
    public static final int USAGE = 2;
    /** Exit status 3: the run stopped and can be resumed. */
    public static final int INTERRUPTED = 3;

    private final int exitCode;

    public EngineException(int exitCode, String message) {
        super(message, null, false, false);
        this.exitCode = exitCode;
    }

    public int exitCode() {
        return exitCode;
    }
}
