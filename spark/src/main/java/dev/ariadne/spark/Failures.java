package dev.ariadne.spark;

import dev.ariadne.cli.engine.EngineException;

/**
 * Turns what goes wrong on a cluster into one line for the user: the deepest cause's
 * message, without Spark's stack traces. A failed job is a fault of the machines, never a
 * property of the model: the run stops resumably at its last checkpoint.
 */
final class Failures {
    private Failures() {
    }

    /** The most telling message of a chain of causes: the deepest one that has a message. */
    static String reason(Throwable e) {
        String message = null;
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t.getMessage() != null && !t.getMessage().isBlank()) {
                message = t.getMessage();
            }
            if (t.getCause() == t) {
                break;
            }
        }
        if (message == null) {
            return e.getClass().getSimpleName();
        }
        String first = message.strip().lines().findFirst().orElse(message);
        return first.length() > 300 ? first.substring(0, 300) + " ..." : first;
    }

    /** A run that failed on the cluster: resumable from its last checkpoint. */
    static EngineException of(RuntimeException e, String runDirectory) {
        if (e instanceof EngineException ee) {
            throw ee;
        }
        if (e.getClass().getName().startsWith("org.apache.spark") || e instanceof java.io.UncheckedIOException) {
            return new EngineException(EngineException.INTERRUPTED, "the cluster failed the run: " + reason(e)
                    + "; continue it from its last checkpoint with 'ariadne resume " + runDirectory + "'");
        }
        throw e;
    }
}
