package dev.ariadne.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Random damage to a model's text and to a command line, for {@link ModelFuzzTest}: every choice comes from one seeded {@link Random}. */
final class ModelMutator {
    /** Words and symbols of the language, and some that are not, to insert or to put in place of a token. */
    private static final String[] TOKENS = {
        "label", "await", "either", "or", "oneof", "property", "fair", "fair+", "process", "action", "invariant",
        "constraint", "const", "var", "def", "init", "while", "if", "elif", "else", "for", "in", "return", "break",
        "continue", "pass", "assert", "print", "goto", "not", "and", "is", "None", "True", "False", "self",
        "always", "eventually", "leads_to", "pc", "done", "choose", "subsets", "range", "len", "frozenset", "record",
        "lambda", "with", "class", "import",
        "+", "-", "*", "//", "%", "**", "==", "!=", "<", "<=", ">", ">=", "=", "+=", "-=", ":", ",", ".", "(", ")",
        "[", "]", "{", "}", "->", "@", "\\", "$", "?", ";", "'", "\"", "\"\"\"", "#", "...",
        "0", "-1", "1", "9223372036854775807", "9223372036854775808", "-9223372036854775808",
        "99999999999999999999999999999", "0x10", "1e9", "1.5", "0000", "007",
        "x", "_", "__init__", "é", "λ", "名前", "\uD83D\uDE00", "\u0000", "\t", "\r", "\u00A0", "\u200B", "\uFEFF",
        "\\n", "''", "\"a\"",
    };

    private static final String[] INDENTS = {"", " ", "  ", "    ", "        ", "\t", "    \t", "\t    ", "   "};

    private final Random random;

    ModelMutator(Random random) {
        this.random = random;
    }

    /** One to four mutations of {@code text}; {@code other} is another model to splice lines from. */
    String mutate(String text, String other) {
        int n = 1 + random.nextInt(4);
        for (int i = 0; i < n; i++) {
            text = mutateOnce(text, other);
        }
        return text;
    }

    private String mutateOnce(String text, String other) {
        List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
        switch (random.nextInt(19)) {
            case 16, 17, 18 -> {
                return swapWords(String.join("\n", lines));
            }
            case 0 -> lines.remove(random.nextInt(lines.size()));
            case 1 -> {
                int i = random.nextInt(lines.size());
                lines.add(i, lines.get(i));
            }
            case 2 -> {
                int i = random.nextInt(lines.size());
                int j = random.nextInt(lines.size());
                String t = lines.get(i);
                lines.set(i, lines.get(j));
                lines.set(j, t);
            }
            case 3 -> {
                int i = random.nextInt(lines.size());
                lines.set(i, pick(INDENTS) + lines.get(i).stripLeading());
            }
            case 4 -> {
                List<String> from = List.of(other.split("\n", -1));
                int start = random.nextInt(from.size());
                int len = 1 + random.nextInt(6);
                lines.addAll(random.nextInt(lines.size() + 1), from.subList(start, Math.min(from.size(), start + len)));
            }
            case 5 -> {
                int i = random.nextInt(lines.size());
                lines.add(i, deepNesting());
            }
            case 6 -> {
                int i = random.nextInt(lines.size());
                String indent = lines.get(i).substring(0, lines.get(i).length() - lines.get(i).stripLeading().length());
                lines.add(i, indent + pick(new String[] {"label L", "await False", "await True", "either:", "or:",
                    "oneof(range(3))", "goto L", "break", "continue", "return", "pass", "x = oneof([])",
                    "assert False, \"boom\"", "print(1 // 0)", "while True:", "if True:", "init:", "label"}));
            }
            case 7 -> lines.add(pick(new String[] {"property P: always eventually False",
                "property Q: eventually done()", "property R: True leads_to False", "fair process F:\n    pass",
                "fair+ action A(x in range(2)):\n    pass", "invariant I: 1 // 0 == 0", "constraint C: True",
                "action A:\n    await True", "var v = oneof(range(3))", "def f(n):\n    return f(n)",
                "init:\n    v = 1", "const K = 2 ** 70", "invariant J: pc(\"Nope\", 0) == \"X\"",
                "process Q(self in range(2)):\n    label A\n    label B",
                "def rec(n):\n    return rec(n + 1)\ninvariant Rec: rec(0) == 0",
                // a million initial states: the time limit stops their enumeration (InitialStatesTest covers resume)
                "var huge = oneof(range(1000000))", "var wide = subsets(range(40))",
                "invariant Over: 2 ** 62 * 4 > 0", "invariant Shift: (1 << 70) > 0",
                "action Loop:\n    while True:\n        pass", "init:\n    for i in range(1000000000):\n        pass",
                "var s = {[1]: 2}", "var d = {{1}: 2}", "invariant Idx: [1][5] == 1",
                nestedBlocks()}));
            default -> {
                return mutateCharacters(String.join("\n", lines));
            }
        }
        return String.join("\n", lines);
    }

    private String mutateCharacters(String text) {
        if (text.isEmpty()) {
            return pick(TOKENS);
        }
        int at = random.nextInt(text.length() + 1);
        switch (random.nextInt(6)) {
            case 0 -> {
                int end = Math.min(text.length(), at + 1 + random.nextInt(8));
                return text.substring(0, at) + text.substring(end);
            }
            case 1 -> {
                return text.substring(0, at) + (char) (random.nextBoolean() ? random.nextInt(128) : random.nextInt(0x3000))
                        + text.substring(at);
            }
            case 2 -> {
                return text.substring(0, at) + pick(TOKENS) + text.substring(at);
            }
            case 3 -> {
                return text.substring(0, at) + " " + pick(TOKENS) + " " + text.substring(at);
            }
            default -> {
                return replaceToken(text);
            }
        }
    }

    /**
     * Puts in place of one word another word of the same kind found in the text (a number for a number, a name for a
     * name, an operator for an operator), so the model often still compiles and runs into new states and errors.
     */
    private String swapWords(String text) {
        Matcher m = WORD.matcher(text);
        List<int[]> spans = new ArrayList<>();
        while (m.find()) {
            spans.add(new int[] {m.start(), m.end()});
        }
        if (spans.isEmpty()) {
            return text;
        }
        int[] s = spans.get(random.nextInt(spans.size()));
        String old = text.substring(s[0], s[1]);
        String kind = kind(old);
        List<String> same = new ArrayList<>();
        for (int[] t : spans) {
            String w = text.substring(t[0], t[1]);
            if (kind(w).equals(kind)) {
                same.add(w);
            }
        }
        if (kind.equals("number")) {
            same.addAll(List.of("0", "1", "2", "-1", "3", "4611686018427387904"));
        } else if (kind.equals("operator")) {
            same.addAll(List.of("==", "!=", "<", "<=", ">", ">=", "+", "-", "*", "//", "%"));
        }
        return text.substring(0, s[0]) + pick(same) + text.substring(s[1]);
    }

    private static final Pattern WORD = Pattern.compile("[A-Za-z_]\\w*|\\d+|==|!=|<=|>=|//|[-+*%<>]");

    private static String kind(String word) {
        char c = word.charAt(0);
        return Character.isDigit(c) ? "number" : Character.isLetter(c) || c == '_' ? "name" : "operator";
    }

    /** Puts a random token in place of a word or symbol of the text. */
    private String replaceToken(String text) {
        List<int[]> spans = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            int j = i + 1;
            if (Character.isLetterOrDigit(c) || c == '_') {
                while (j < text.length() && (Character.isLetterOrDigit(text.charAt(j)) || text.charAt(j) == '_')) {
                    j++;
                }
                spans.add(new int[] {i, j});
            } else if (!Character.isWhitespace(c)) {
                spans.add(new int[] {i, j});
            }
            i = j;
        }
        if (spans.isEmpty()) {
            return text + pick(TOKENS);
        }
        int[] s = spans.get(random.nextInt(spans.size()));
        return text.substring(0, s[0]) + pick(TOKENS) + text.substring(s[1]);
    }

    private String nestedBlocks() {
        int depth = 1 + random.nextInt(random.nextBoolean() ? 20 : 400);
        StringBuilder b = new StringBuilder("init:\n");
        for (int i = 1; i <= depth; i++) {
            b.append("    ".repeat(i)).append(random.nextBoolean() ? "if True:\n" : "for i in range(1):\n");
        }
        return b.append("    ".repeat(depth + 1)).append("pass").toString();
    }

    private String deepNesting() {
        int depth = 1 + random.nextInt(random.nextBoolean() ? 50 : 3000);
        return switch (random.nextInt(4)) {
            case 0 -> "var deep = " + "(".repeat(depth) + "1" + ")".repeat(depth);
            case 1 -> "var deep = " + "[".repeat(depth) + "]".repeat(depth);
            case 2 -> "var deep = 1" + " + 1".repeat(depth);
            default -> "var deep = " + "-".repeat(depth) + "1";
        };
    }

    /** Command-line options, mostly sensible, some bad; {@code names} are names of the model to select by. */
    List<String> options(List<String> names) {
        List<String> args = new ArrayList<>();
        int n = random.nextInt(4);
        for (int i = 0; i < n; i++) {
            switch (random.nextInt(14)) {
                case 0 -> args.addAll(List.of("--const", pick(names) + "=" + pick(new String[] {"1", "0", "-1", "True",
                    "None", "[1, 2]", "1 // 0", "5+", ")", "", "99999999999999999999", "\"s\"", "{1: 2}",
                    "oneof(range(2))", "range(3)", "nope", "len(1)", "\u0000", "(".repeat(5000) + "1" + ")".repeat(5000),
                    "[" + "1, ".repeat(20000) + "1]", "2 ** 64", "-9223372036854775808 // -1", "lambda: 1",
                    "subsets(range(30))"})));
                case 1 -> args.addAll(List.of("--const", pick(new String[] {"NOPE=1", "=1", "1=1", "X", "==", ""})));
                case 2 -> args.addAll(List.of("--workers", pick(new String[] {"-1", "0", "2", "x", "99999999999"})));
                case 3 -> args.addAll(List.of("--max-depth", pick(new String[] {"0", "-3", "1", "3", "x", ""})));
                case 4 -> args.addAll(List.of("--timeout", pick(new String[] {"x", "0s", "-1s", "1ms", "1", "10h",
                    "99999999999999999999d", ""})));
                case 5 -> args.addAll(List.of("--invariant", pick(names)));
                case 6 -> args.addAll(List.of("--property", pick(names)));
                case 7 -> args.add(pick(new String[] {"--no-deadlock", "--continue", "--bogus", "-x", "--", "-"}));
                case 8 -> args.addAll(List.of("--max-violations", pick(new String[] {"0", "1", "-1", "x", "3"})));
                case 9 -> args.addAll(List.of("--progress", pick(new String[] {"0", "-1", "x", "1"})));
                case 10 -> args.addAll(List.of("--checkpoint", pick(new String[] {"0", "-1", "x", "1"})));
                case 11 -> args.addAll(List.of("--json", pick(new String[] {"-", "report.json", "", "no/such/dir/r.json"})));
                case 12 -> args.addAll(List.of("--isolation", pick(new String[] {"fork", "", "thread", "process"})));
                default -> args.add(pick(new String[] {"extra.ari", "--help", "--store"}));
            }
        }
        return args;
    }

    boolean chance(int percent) {
        return random.nextInt(100) < percent;
    }

    String pick(String[] from) {
        return from[random.nextInt(from.length)];
    }

    String pick(List<String> from) {
        return from.isEmpty() ? "X" : from.get(random.nextInt(from.size()));
    }
}
