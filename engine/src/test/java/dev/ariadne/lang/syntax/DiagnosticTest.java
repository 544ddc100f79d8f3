package dev.ariadne.lang.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class DiagnosticTest {

    @Test
    void formatShowsLocationLineAndCaret() {
        SourceFile file = new SourceFile("m.ari", "init:\n    x = 7 / 2\n");
        Diagnostic d = new Diagnostic(16, "'/' is not supported: use '//' (models use integers)");
        assertEquals("m.ari:2:11: '/' is not supported: use '//' (models use integers)\n"
                + "        x = 7 / 2\n"
                + "              ^", d.format(file));
    }

    @Test
    void caretAtEndOfLineStandsAfterTheLastCharacter() {
        SourceFile file = new SourceFile("m.ari", "init:\n    if x\n");
        assertEquals("m.ari:2:9: expected ':'\n        if x\n            ^",
                new Diagnostic(14, "expected ':'").format(file));
    }

    @Test
    void caretFollowsTabsBeforeTheColumn() {
        SourceFile file = new SourceFile("m.ari", "\tx = $");
        assertEquals("m.ari:1:6: unexpected character '$'\n    \tx = $\n    \t    ^",
                new Diagnostic(5, "unexpected character '$'").format(file));
    }

    @Test
    void parserErrorsFormatEndToEnd() {
        SourceFile file = new SourceFile("bad.ari", "init:\n    f() = 1\n");
        ParseResult result = Parser.parseFile(file);
        assertEquals("bad.ari:2:6: cannot assign to function call\n        f() = 1\n         ^",
                Diagnostic.formatAll(file, result.errors()));
    }

    @Test
    void formatAllJoinsMessages() {
        SourceFile file = new SourceFile("m.ari", "a\nb\n");
        assertEquals("m.ari:1:1: one\n    a\n    ^\nm.ari:2:1: two\n    b\n    ^",
                Diagnostic.formatAll(file, List.of(new Diagnostic(0, "one"), new Diagnostic(2, "two"))));
    }
}
