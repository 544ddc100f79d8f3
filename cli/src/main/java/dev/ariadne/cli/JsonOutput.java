package dev.ariadne.cli;

import dev.ariadne.store.SafeWrite;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/** Writes a JSON report to standard output ({@code -}) or to a file, as {@link SafeWrite} writes files. */
final class JsonOutput {
    private JsonOutput() {
    }

    /** Writes the report; failing to is a usage error (for {@code trace}, whose report is its result). */
    static void write(CliContext ctx, String target, String json) {
        write(ctx, target, json, "JSON report");
    }

    /** As {@link #write(CliContext, String, String)}, for a report of another kind ({@code what}: "HTML report"). */
    static void write(CliContext ctx, String target, String text, String what) {
        String failure = tryWrite(ctx, target, text, what);
        if (failure != null) {
            throw CliError.usage(failure);
        }
    }

    /**
     * Writes the report after a run: failing to is a warning on standard error, and the run's
     * exit status stands (a violation found is still exit 10, whatever became of the report).
     */
    static void writeAfterRun(CliContext ctx, String target, String json) {
        writeAfterRun(ctx, target, json, "JSON report");
    }

    /** As {@link #writeAfterRun(CliContext, String, String)}, for a report of another kind. */
    static void writeAfterRun(CliContext ctx, String target, String text, String what) {
        String failure = tryWrite(ctx, target, text, what);
        if (failure != null) {
            ctx.err().println("ariadne: warning: " + failure);
        }
    }

    /** Null once written, else what went wrong. */
    private static String tryWrite(CliContext ctx, String target, String json, String what) {
        if (target.equals("-")) {
            ctx.out().print(json);
            ctx.out().flush();
            return null;
        }
        try {
            SafeWrite.write(ctx.resolve(target), json.getBytes(StandardCharsets.UTF_8));
            return null;
        } catch (IOException e) {
            return "cannot write the " + what + " to '" + target + "': " + reason(e);
        }
    }

    /** The reason alone, lower-case: NIO's messages repeat the path, sometimes the temporary one. */
    private static String reason(IOException e) {
        String reason;
        if (e instanceof java.nio.file.AccessDeniedException) {
            reason = "permission denied";
        } else if (e instanceof java.nio.file.FileSystemException fse && fse.getReason() != null) {
            reason = fse.getReason();
        } else {
            reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        }
        return reason.isEmpty() ? reason : Character.toLowerCase(reason.charAt(0)) + reason.substring(1);
    }
}
