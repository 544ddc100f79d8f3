package dev.ariadne.lang;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One chunk of a language script file with everything it expects (docs/testing.md):
 * printed lines, static errors by line, a runtime error or failed assertion on a line, a
 * violated invariant, a deadlock, state and depth counts.
 */
record Chunk(String name, String file, String text, List<String> output, Map<Integer, Pattern> staticErrors,
             int errorLine, Pattern errorMessage, boolean assertion, String invariant, boolean deadlock,
             long states, int depth) {

    private static final Pattern EXPECT = Pattern.compile(
            "#\\s*expect(?:\\s+(runtime error|assertion|violation|deadlock|states|depth))?\\s*(?::\\s?(.*))?$");

    static List<Chunk> read(Path path) throws IOException {
        String fileName = path.getFileName().toString();
        List<String> lines = Files.readAllLines(path, StandardCharsets.UTF_8);
        List<Chunk> chunks = new ArrayList<>();
        int first = 0;
        for (int i = 0; i <= lines.size(); i++) {
            if (i == lines.size() || lines.get(i).equals("---")) {
                Chunk c = chunk(fileName, lines, first, i);
                if (c != null) {
                    chunks.add(c);
                }
                first = i + 1;
            }
        }
        return chunks;
    }

    private static Chunk chunk(String fileName, List<String> lines, int from, int to) {
        StringBuilder text = new StringBuilder("\n".repeat(from));
        List<String> output = new ArrayList<>();
        Map<Integer, Pattern> statics = new TreeMap<>();
        int errorLine = -1;
        Pattern errorMessage = null;
        boolean assertion = false;
        String invariant = null;
        boolean deadlock = false;
        long states = -1;
        int depth = -1;
        boolean code = false;
        for (int i = from; i < to; i++) {
            String line = lines.get(i);
            text.append(line).append('\n');
            String stripped = line.strip();
            if (!stripped.isEmpty() && !stripped.startsWith("#")) {
                code = true;
            }
            int mark = line.indexOf("###");
            if (mark >= 0) {
                statics.put(i + 1, Pattern.compile(line.substring(mark + 3).trim()));
                continue;
            }
            int hash = line.indexOf("# expect");
            if (hash < 0) {
                hash = line.indexOf("#expect");
            }
            if (hash < 0) {
                continue;
            }
            Matcher m = EXPECT.matcher(line.substring(hash));
            if (!m.find()) {
                continue;
            }
            String kind = m.group(1);
            String arg = m.group(2) == null ? "" : m.group(2);
            if (kind == null) {
                output.add(arg);
            } else {
                switch (kind) {
                    case "runtime error" -> {
                        errorLine = i + 1;
                        errorMessage = Pattern.compile(arg.trim());
                    }
                    case "assertion" -> {
                        errorLine = i + 1;
                        errorMessage = Pattern.compile(arg.trim());
                        assertion = true;
                    }
                    case "violation" -> invariant = arg.trim().replaceFirst("^invariant\\s+", "");
                    case "deadlock" -> deadlock = true;
                    case "states" -> states = Long.parseLong(arg.trim().replace(",", ""));
                    case "depth" -> depth = Integer.parseInt(arg.trim());
                    default -> {
                    }
                }
            }
        }
        if (!code) {
            return null;
        }
        return new Chunk(fileName + ":" + (from + 1), fileName, text.toString(), output, statics, errorLine,
                errorMessage, assertion, invariant, deadlock, states, depth);
    }
}
