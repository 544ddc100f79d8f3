package dev.ariadne.lang.resolve;

/**
 * A top-level name: what it declares, its number among its kind, and where.
 *
 * @param order its position among all declarations of the file (constants and defs are
 *              loaded in this order, state variables initialised in it)
 */
record TopLevel(Kind kind, int index, int offset, int order) {
    /** What a top-level name declares. */
    enum Kind {
        CONST("constant"), VAR("state variable"), DEF("function"), ACTION("action"), PROCESS("process"),
        INVARIANT("invariant"), CONSTRAINT("constraint"), PROPERTY("property");

        final String what;

        Kind(String what) {
            this.what = what;
        }

        /** Whether a name of this kind stands for a value in expressions (a constant, a state variable, a function). */
        boolean isValue() {
            return this == CONST || this == VAR || this == DEF;
        }
    }
}
