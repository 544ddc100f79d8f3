package dev.ariadne.lang.syntax;

import java.util.Arrays;

/** The text of one model file, with the table that turns offsets into lines and columns. */
public final class SourceFile {
    private final String name;
    private final String text;
    /** lineStarts[i] is the offset of the first character of line i + 1; the first entry is 0. */
    private final int[] lineStarts;

    public SourceFile(String name, String text) {
        this.name = name;
        this.text = text;
        int[] starts = new int[16];
        int count = 1;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                if (count == starts.length) {
                    starts = Arrays.copyOf(starts, count * 2);
                }
                starts[count++] = i + 1;
            }
        }
        this.lineStarts = Arrays.copyOf(starts, count);
    }

    public String name() {
        return name;
    }

    public String text() {
        return text;
    }

    /** The number of lines; a final newline starts one more, empty, line. */
    public int lineCount() {
        return lineStarts.length;
    }

    /** The 1-based line of an offset; offsets outside the text are clamped to it. */
    public int line(int offset) {
        int at = Arrays.binarySearch(lineStarts, clamp(offset));
        return at >= 0 ? at + 1 : -at - 1;
    }

    /** The 1-based column of an offset, counted in characters (code points) from the start of its line. */
    public int column(int offset) {
        int clamped = clamp(offset);
        return text.codePointCount(lineStarts[line(clamped) - 1], clamped) + 1;
    }

    /** The text of a 1-based line, without its line terminator. */
    public String lineText(int line) {
        int start = lineStarts[line - 1];
        int end = line < lineStarts.length ? lineStarts[line] - 1 : text.length();
        if (end > start && text.charAt(end - 1) == '\r') {
            end--;
        }
        return text.substring(start, end);
    }

    /** The offset of the first character of a 1-based line. */
    public int lineStart(int line) {
        return lineStarts[line - 1];
    }

    public Location location(int offset) {
        return new Location(name, line(offset), column(offset));
    }

    private int clamp(int offset) {
        return Math.max(0, Math.min(offset, text.length()));
    }

    @Override
    public String toString() {
        return name;
    }
}
