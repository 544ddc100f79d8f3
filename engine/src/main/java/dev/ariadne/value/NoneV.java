package dev.ariadne.value;

/** The value {@code None}. */
public enum NoneV implements Value {
    NONE;

    @Override
    public int tag() {
        return Value.NONE;
    }

    @Override
    public String typeName() {
        return "NoneType";
    }

    @Override
    public String toString() {
        return "None";
    }
}
