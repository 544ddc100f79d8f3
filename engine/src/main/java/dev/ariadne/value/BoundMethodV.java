package dev.ariadne.value;

/** A method taken from its receiver as a value ({@code f = xs.append}), identified by the method's index. */
public final class BoundMethodV implements Value {
    public final Value receiver;
    public final int method;
    public final String name;

    public BoundMethodV(Value receiver, int method, String name) {
        this.receiver = receiver;
        this.method = method;
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
        return o instanceof Value v && Order.equal(this, v);
    }

    @Override
    public int hashCode() {
        return method;
    }

    @Override
    public String toString() {
        return "<built-in method " + name + " of " + receiver.typeName() + " object>";
    }
}
