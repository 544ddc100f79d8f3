package dev.ariadne.lang.resolve;

/**
 * The builtin functions, in the order of their {@code LOAD_BUILTIN} operand. The
 * resolver binds these names when no model declaration shadows them.
 */
public enum Builtin {
    LEN("len"), RANGE("range"), MIN("min"), MAX("max"), SUM("sum"), ABS("abs"), SORTED("sorted"),
    REVERSED("reversed"), ENUMERATE("enumerate"), ZIP("zip"), ALL("all"), ANY("any"), LIST("list"),
    TUPLE("tuple"), DICT("dict"), SET("set"), FROZENSET("frozenset"), RECORD("record"), STR("str"), INT("int"),
    BOOL("bool"), REPR("repr"), PRINT("print"), PC("pc"), DONE("done"), CHOOSE("choose"), SUBSETS("subsets"),
    FROZENRECORD("frozenrecord"), SYMMETRIC("symmetric"), ENABLED("enabled");

    private static final Builtin[] ALL_BUILTINS = values();

    public final String pyName;

    Builtin(String pyName) {
        this.pyName = pyName;
    }

    /** The builtin with that name, or {@code null}. */
    public static Builtin named(String name) {
        for (Builtin b : ALL_BUILTINS) {
            if (b.pyName.equals(name)) {
                return b;
            }
        }
        return null;
    }

    public static Builtin of(int id) {
        return ALL_BUILTINS[id];
    }
}
