package dev.ariadne.value;

/** The booleans {@code False} and {@code True}, in that (canonical) order. */
public enum BoolV implements Value {
    FALSE, TRUE;

    public static BoolV of(boolean b) {
        return b ? TRUE : FALSE;
    }

    public boolean isTrue() {
        return this == TRUE;
    }

    @Override
    public int tag() {
        return Value.BOOL;
    }

    @Override
    public String typeName() {
        return "bool";
    }

    @Override
    public String toString() {
        return this == TRUE ? "True" : "False";
    }
}
