package dev.ariadne.value;

/**
 * A {@code def} or a {@code lambda}: the index of its code in the program, the values
 * of its default parameters and, for a lambda, the values it captured when created.
 * Functions can be stored in state; they refer to code by index, never to Java objects.
 */
public final class FunctionV implements Value {
    private static final Value[] NONE = new Value[0];

    public final int code;
    public final String name;
    /** Values of the trailing parameters that have defaults; never modified. */
    private final Value[] defaults;
    /** Captured values of enclosing locals (lambdas only); never modified. */
    private final Value[] captured;

    public FunctionV(int code, String name, Value[] defaults, Value[] captured) {
        this.code = code;
        this.name = name;
        this.defaults = defaults.length == 0 ? NONE : defaults;
        this.captured = captured.length == 0 ? NONE : captured;
    }

    public Value[] defaults() {
        return defaults;
    }

    public Value[] captured() {
        return captured;
    }

    public boolean isLambda() {
        return name.equals("lambda");
    }

    @Override
    public int tag() {
        return Value.FUNCTION;
    }

    @Override
    public String typeName() {
        return "function";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Value v && Order.equal(this, v);
    }

    @Override
    public int hashCode() {
        return code;
    }

    @Override
    public String toString() {
        return Repr.repr(this);
    }
}
