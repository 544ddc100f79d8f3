package dev.ariadne.lang.compile;

/**
 * A {@code label} of a process: where its steps start and which local slots survive a
 * pause there (the process {@code var}s and the loop variables of enclosing labelled
 * {@code for} loops); every other slot is a temporary and is cleared.
 */
public record LabelInfo(String name, int pc, boolean[] keep, int offset) {
}
