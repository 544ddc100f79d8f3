package dev.ariadne.lang.syntax;

/** How a process or an action is fair: TLA+'s {@code WF_vars} for {@code fair}, {@code SF_vars} for {@code fair+}. */
public enum Fairness {
    /** No fairness: the step may be ignored forever. */
    NONE,
    /** {@code fair}: a step enabled continuously from some point on is eventually taken. */
    WEAK,
    /** {@code fair+}: a step enabled infinitely often is eventually taken. */
    STRONG
}
