package dev.ariadne.value;

/**
 * A value of the model language.
 *
 * <p>Immutable values are compared and encoded by value; {@link Mutable} ones have
 * identity, which the state codec preserves (aliasing and cycles are part of a state).
 * Dispatch on {@link #tag()}: the tags are numbered in the language's canonical type
 * order, so comparing tags orders values of different types.
 */
public sealed interface Value
        permits NoneV, BoolV, IntV, StrV, TupleV, FrozenSetV, FrozenRecordV, FunctionV, BuiltinV, BoundMethodV, SymV, Mutable {

    int NONE = 0;
    int BOOL = 1;
    int INT = 2;
    int STR = 3;
    int TUPLE = 4;
    int FROZENSET = 5;
    int FROZENRECORD = 6;
    int RECORD = 7;
    int LIST = 8;
    int DICT = 9;
    int SET = 10;
    /** Functions of every kind (defs, lambdas, builtins, bound methods) share one place in the order. */
    int FUNCTION = 11;
    /** Symmetric model values ({@link SymV}), after every other type: all of one set order alike against the rest. */
    int SYM = 12;

    /** The type tag, one of the constants above, in canonical type order. */
    int tag();

    /** The type's name as the language's {@code type()} would print it, e.g. {@code 'list'}. */
    String typeName();
}
