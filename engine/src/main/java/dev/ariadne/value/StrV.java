package dev.ariadne.value;

/**
 * A string. The program's own string literals are numbered when it is built (set once,
 * before any worker runs), so the codec writes them as a small index.
 */
public final class StrV implements Value {
    public static final StrV EMPTY = new StrV("");

    /** Not one of the program's literals. */
    public static final int UNKNOWN = -1;

    public final String value;
    /** The index in the program's string table if the program made this string, else {@link #UNKNOWN}. */
    public int literal = UNKNOWN;

    public StrV(String value) {
        this.value = value;
    }

    public static StrV of(String s) {
        return s.isEmpty() ? EMPTY : new StrV(s);
    }

    @Override
    public int tag() {
        return Value.STR;
    }

    @Override
    public String typeName() {
        return "str";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof StrV s && s.value.equals(value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public String toString() {
        return value;
    }
}
