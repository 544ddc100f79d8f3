package dev.ariadne.value;

/** Something whose earlier contents the {@link Trail} can put back. */
public interface Undoable {
    /** Restores the contents saved as {@code (a, b, n)} by {@link Trail#save}. */
    void undo(Object a, Object b, int n);
}
