package dev.ariadne.cli;

import dev.ariadne.result.Progress;

import java.io.PrintStream;
import java.util.function.Consumer;

/**
 * Where progress reports go on standard error: on a terminal, one line rewritten in place
 * (carriage return, then erase to the end of the line); elsewhere (a file, a pipe, a CI log)
 * plain lines, one per report. Notes on a phase are always whole lines. Anything else printed
 * while a live line is shown (the model's prints) first erases it, so the two never mix.
 */
final class ProgressDisplay {
    /** Return to the line's start; erase from the cursor to the end of the line (ECMA-48 EL). */
    static final String ERASE = "\r\033[K";

    private final PrintStream err;
    private final boolean live;
    private boolean shown;

    /** @param live whether standard error is a terminal that rewrites the line in place */
    ProgressDisplay(PrintStream err, boolean live) {
        this.err = err;
        this.live = live;
    }

    /** Shows a report; {@code prefix} names the run within a matrix (or is empty). */
    synchronized void show(String prefix, Progress p) {
        String line = prefix + ProgressLine.format(p);
        if (!live) {
            err.println(line);
            return;
        }
        if (p.note() != null) {
            clear();
            err.println(line);
            return;
        }
        err.print(ERASE + line);
        err.flush();
        shown = true;
    }

    /** Erases the live line, if one is shown: before the report, or anything else, is printed. */
    synchronized void clear() {
        if (shown) {
            err.print(ERASE);
            err.flush();
            shown = false;
        }
    }

    /** A printer that erases the live line before it prints. */
    Consumer<String> before(Consumer<String> printer) {
        return text -> {
            clear();
            printer.accept(text);
        };
    }
}
