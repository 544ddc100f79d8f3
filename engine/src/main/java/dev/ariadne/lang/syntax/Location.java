package dev.ariadne.lang.syntax;

/**
 * A place in a source file, for messages: 1-based line and column (in characters).
 *
 * @param file   the file's name as given to {@link SourceFile}
 * @param line   the 1-based line
 * @param column the 1-based column, counted in characters (code points)
 */
public record Location(String file, int line, int column) {
    @Override
    public String toString() {
        return file + ":" + line + ":" + column;
    }
}
