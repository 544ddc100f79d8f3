package dev.ariadne.lang.syntax;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The errors of one parse, lexical and syntactic, with the rules that keep one mistake from
 * being reported twice.
 */
final class ErrorCollector {
    private final List<Diagnostic> errors = new ArrayList<>();
    /** Offsets already blamed: a second complaint about the same place adds nothing. */
    private final Set<Integer> blamed = new HashSet<>();
    /** Syntax errors after this offset are consequences of a bracket that was never closed. */
    private int quietAfter = Integer.MAX_VALUE;

    /**
     * Records the errors of a lexer run; they are never suppressed. {@code mainText} is false for
     * the lexer of an f-string field, whose unclosed brackets say nothing about the rest of the file.
     */
    void addLexical(Lexer lexer, boolean mainText) {
        for (Diagnostic d : lexer.errors()) {
            blamed.add(d.offset());
            errors.add(d);
        }
        if (mainText && lexer.unclosedBracket() >= 0) {
            quietAfter = Math.min(quietAfter, lexer.unclosedBracket());
        }
    }

    /** Records a syntax error unless an earlier error already explains it. */
    void report(int offset, String message) {
        if (offset > quietAfter || !blamed.add(offset)) {
            return;
        }
        errors.add(new Diagnostic(offset, message));
    }

    boolean isEmpty() {
        return errors.isEmpty();
    }

    List<Diagnostic> sorted() {
        List<Diagnostic> sorted = new ArrayList<>(errors);
        sorted.sort(Comparator.comparingInt(Diagnostic::offset));
        return sorted;
    }
}
