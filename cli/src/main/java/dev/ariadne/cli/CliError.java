package dev.ariadne.cli;

/**
 * A problem the user can fix (bad option value, unreadable file, unusable store): its
 * message is printed as is, without a stack trace, and the command exits with its code.
 */
final class CliError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int exitCode;

    CliError(int exitCode, String message) {
        super(message, null, false, false);
        this.exitCode = exitCode;
    }

    /** A usage error: exit status 2. */
    static CliError usage(String message) {
        return new CliError(ExitCodes.USAGE, message);
    }

    int exitCode() {
        return exitCode;
    }
}
