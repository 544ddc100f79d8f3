package dev.ariadne.lang.syntax;

/** The temporal operators of a {@link PropertyDecl}. */
public enum Modality {
    /** Holds in every state from now on (TLA+'s {@code []}). */
    ALWAYS,
    /** Holds in some state from now on (TLA+'s {@code <>}). */
    EVENTUALLY
}
