package dev.ariadne.lang.resolve;

/**
 * What a name means at one place in the program.
 *
 * @param kind  where its value lives
 * @param index the slot, global, constant, def or builtin number, or capture index
 */
public record Binding(Kind kind, int index) {
    /** Where a name's value lives. */
    public enum Kind {
        /** A slot of the current frame: parameter, def local, step temporary, process var. */
        LOCAL,
        /** A value a lambda captured when it was made. */
        CAPTURED,
        /** A state variable (top-level {@code var}). */
        GLOBAL,
        /** A model constant. */
        CONST,
        /** A top-level {@code def}. */
        DEF,
        /** A builtin function. */
        BUILTIN,
        /** The process named in a read {@code P.x} / {@code P[i].x} of a process variable (not a value by itself); the index is the process's number. */
        PROCESS
    }
}
