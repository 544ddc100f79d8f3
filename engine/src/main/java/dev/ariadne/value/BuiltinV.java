package dev.ariadne.value;

/** A builtin function used as a value (e.g. {@code key=len}), identified by its index in the builtin table. */
public final class BuiltinV implements Value {
    public final int id;
    public final String name;

    public BuiltinV(int id, String name) {
        this.id = id;
        this.name = name;
    }

    @Override
    public int tag() {
        return Value.FUNCTION;
    }

    @Override
    public String typeName() {
        return "builtin_function_or_method";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof BuiltinV b && b.id == id;
    }

    @Override
    public int hashCode() {
        return id;
    }

    @Override
    public String toString() {
        return "<built-in function " + name + ">";
    }
}
