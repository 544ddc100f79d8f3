package dev.ariadne.lang.syntax;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A static error found in a source file: where it is and what is wrong.
 *
 * <p>Messages are lower-case, quote the culprit with single quotes and end without a full
 * stop: {@code expected ':' after the condition of 'if'}.
 *
 * @param offset  the offset of the culprit in the file's text
 * @param message the message, without location
 */
public record Diagnostic(int offset, String message) {
    /** The most characters of the culprit's line shown under the message. */
    static final int MAX_SHOWN = 120;

    /**
     * The message as printed to a user: {@code file:line:col: message}, then the source line
     * indented by four spaces, then a caret under the column.
     */
    public String format(SourceFile file) {
        Location at = file.location(offset);
        int lineStart = file.lineStart(at.line());
        String line = file.lineText(at.line());
        int upTo = Math.min(Math.max(offset, lineStart), lineStart + line.length());
        // A very long line (a generated model, 50,000 '[') is shown as the part around the culprit.
        int from = lineStart;
        int to = lineStart + line.length();
        if (line.length() > MAX_SHOWN) {
            from = Math.max(lineStart, upTo - MAX_SHOWN / 2);
            to = Math.min(lineStart + line.length(), from + MAX_SHOWN);
        }
        String before = from > lineStart ? "..." : "";
        String after = to < lineStart + line.length() ? "..." : "";
        StringBuilder caret = new StringBuilder("    ").append(" ".repeat(before.length()));
        // Copy tabs so that the caret lands under the culprit whatever the tab width.
        for (int i = from; i < upTo; i += Character.charCount(file.text().codePointAt(i))) {
            caret.append(file.text().charAt(i) == '\t' ? '\t' : ' ');
        }
        caret.append('^');
        return at + ": " + message + "\n    " + before + file.text().substring(from, to) + after + "\n" + caret;
    }

    /** Every diagnostic formatted, one after the other. */
    public static String formatAll(SourceFile file, List<Diagnostic> diagnostics) {
        return diagnostics.stream().map(d -> d.format(file)).collect(Collectors.joining("\n"));
    }
}
