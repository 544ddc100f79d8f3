package dev.ariadne.lang.syntax;

import java.util.Map;

/**
 * TLA+ and PlusCal spellings a model's author may type out of habit ({@code \in},
 * {@code /\}, {@code 1..N}), each with a message that names the Ariadne way and the
 * tokens the lexer reads instead, so one slip gives one error, not a cascade.
 */
final class TlaHabits {
    /**
     * A habit met in the text.
     *
     * @param length  how many characters it spans
     * @param message the error, which quotes it and names what to write
     * @param instead the tokens that stand for it, in order (none: it is dropped)
     */
    record Habit(int length, String message, TokenKind... instead) {
    }

    /** After a backslash: the TLA+ operator, and the Ariadne spelling (with its tokens). */
    private static final Map<String, Habit> BACKSLASH = Map.ofEntries(
            word("in", "'in'", TokenKind.IN),
            word("notin", "'not in'", TokenKind.NOT, TokenKind.IN),
            word("union", "'|' (set union)", TokenKind.PIPE),
            word("cup", "'|' (set union)", TokenKind.PIPE),
            word("intersect", "'&' (set intersection)", TokenKind.AMP),
            word("cap", "'&' (set intersection)", TokenKind.AMP),
            word("subseteq", "'<=' (subset)", TokenKind.LE),
            word("div", "'//'", TokenKind.SLASH_SLASH),
            word("A", "all(P(x) for x in S)"),
            word("E", "any(P(x) for x in S)"),
            word("X", "a set of tuples, {(a, b) for a in A for b in B}"),
            word("times", "a set of tuples, {(a, b) for a in A for b in B}"));

    private TlaHabits() {
    }

    private static Map.Entry<String, Habit> word(String name, String ariadne, TokenKind... instead) {
        return Map.entry(name, new Habit(name.length() + 1, "'\\" + name + "' is TLA+: write " + ariadne, instead));
    }

    /** The habit that starts with the backslash at {@code at}, or null. */
    static Habit afterBackslash(String text, int at) {
        if (text.startsWith("\\/", at)) {
            return new Habit(2, "'\\/' is TLA+'s disjunction: write 'or'", TokenKind.OR);
        }
        int stop = at + 1;
        while (stop < text.length() && Character.isLetter(text.charAt(stop))) {
            stop++;
        }
        return BACKSLASH.get(text.substring(at + 1, stop));
    }

    /** {@code /\} at {@code at}, or null. */
    static Habit conjunction(String text, int at) {
        return text.startsWith("/\\", at) ? new Habit(2, "'/\\' is TLA+'s conjunction: write 'and'", TokenKind.AND) : null;
    }

    /**
     * The message for TLA+'s range {@code lo..hi}: {@code lo} the text of the operand
     * before {@code ..} (or null), {@code hi} the one after (or null).
     */
    static String range(String lo, String hi) {
        if (lo == null || hi == null) {
            return "'..' is TLA+'s integer range a..b: write range(a, b + 1) (a range excludes its end)";
        }
        String stop = hi.chars().allMatch(Character::isDigit) && hi.length() < 18
                ? Long.toString(Long.parseLong(hi) + 1) : hi + " + 1";
        return "'" + lo + ".." + hi + "' is TLA+: write range(" + lo + ", " + stop + ") (a range excludes its end)";
    }
}
