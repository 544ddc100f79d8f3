package dev.ariadne.lang.syntax;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * One chunk of a script test file (chunks are separated by a line holding exactly {@code ---}),
 * with the static errors it expects ({@code ### REGEX} at the end of a line).
 *
 * @param name         {@code <file>:<line of the chunk's first line>}
 * @param source       the chunk as a source file whose lines keep their numbers in the whole file
 * @param expectations the expected error pattern of each line that has one, by line number
 */
record ScriptChunk(String name, SourceFile source, Map<Integer, Pattern> expectations) {
    private static final String EXPECT_ERROR = "###";

    static List<ScriptChunk> read(Path path) throws IOException {
        String fileName = path.getFileName().toString();
        List<String> lines = Files.readAllLines(path, StandardCharsets.UTF_8);
        List<ScriptChunk> chunks = new ArrayList<>();
        int first = 0;
        for (int i = 0; i <= lines.size(); i++) {
            if (i == lines.size() || lines.get(i).equals("---")) {
                chunks.add(chunk(fileName, lines, first, i));
                first = i + 1;
            }
        }
        return chunks;
    }

    private static ScriptChunk chunk(String fileName, List<String> lines, int from, int to) {
        // Blank lines in front keep line numbers as in the file; the lexer ignores them.
        StringBuilder text = new StringBuilder("\n".repeat(from));
        Map<Integer, Pattern> expectations = new TreeMap<>();
        for (int i = from; i < to; i++) {
            String line = lines.get(i);
            text.append(line).append('\n');
            int mark = line.indexOf(EXPECT_ERROR);
            if (mark >= 0) {
                expectations.put(i + 1, Pattern.compile(line.substring(mark + EXPECT_ERROR.length()).trim()));
            }
        }
        String name = fileName + ":" + (from + 1);
        return new ScriptChunk(name, new SourceFile(fileName, text.toString()), expectations);
    }

    /** Whether the chunk holds anything but blank lines and comments. */
    boolean hasCode() {
        return source.text().lines().map(String::strip).anyMatch(l -> !l.isEmpty() && !l.startsWith("#"));
    }
}
