package dev.ariadne.value;

/**
 * A string. Strings that occur as literals in the program are interned in its literal
 * table, so the codec can write them as a small index; {@link #literal} caches that
 * index (a benign race: every thread computes the same number).
 */
public final class StrV implements Value {
    public static final StrV EMPTY = new StrV("");

    /** Not yet looked up in the literal table. */
    public static final int UNKNOWN = -1;
    /** Looked up: not a literal of the program. */
    public static final int NOT_LITERAL = -2;

    public final String value;
    /** The index in the program's literal table, or {@link #UNKNOWN} / {@link #NOT_LITERAL}. */
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
