package dev.ariadne.lang.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SourceFileTest {
    private final SourceFile file = new SourceFile("m.ari", "ab\ncde\r\n\nf");

    @Test
    void offsetsMapToOneBasedLinesAndColumns() {
        assertEquals(new Location("m.ari", 1, 1), file.location(0));
        assertEquals(new Location("m.ari", 1, 3), file.location(2));
        assertEquals(new Location("m.ari", 2, 1), file.location(3));
        assertEquals(new Location("m.ari", 2, 3), file.location(5));
        assertEquals(new Location("m.ari", 3, 1), file.location(8));
        assertEquals(new Location("m.ari", 4, 2), file.location(10));
    }

    @Test
    void offsetsOutsideTheTextAreClamped() {
        assertEquals(new Location("m.ari", 1, 1), file.location(-5));
        assertEquals(new Location("m.ari", 4, 2), file.location(99));
    }

    @Test
    void lineTextHasNoTerminator() {
        assertEquals("ab", file.lineText(1));
        assertEquals("cde", file.lineText(2));
        assertEquals("", file.lineText(3));
        assertEquals("f", file.lineText(4));
        assertEquals(4, file.lineCount());
    }

    @Test
    void columnsCountCharactersNotUtf16Units() {
        SourceFile emoji = new SourceFile("e", "x = '\uD83D\uDE00' + y");
        assertEquals(9, emoji.column("x = '\uD83D\uDE00' ".length()));
    }

    @Test
    void locationPrintsAsFileLineColumn() {
        assertEquals("m.ari:2:3", file.location(5).toString());
    }

    @Test
    void finalNewlineStartsAnEmptyLine() {
        SourceFile text = new SourceFile("t", "a\n");
        assertEquals(2, text.lineCount());
        assertEquals(2, text.line(2));
    }
}
