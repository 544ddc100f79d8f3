package dev.ariadne.space;

/** Receives the successors (or initial states) a {@link Cursor} generates, one call each. */
@FunctionalInterface
public interface SuccessorSink {
    /**
     * One generated state: the step that produced it ({@link StateSpace#INIT_STEP} for an
     * initial state), its fingerprint and its bytes {@code bytes[off, off + len)}. The bytes
     * are the cursor's buffer, valid only until the call returns: copy what you keep. A step
     * back to the loaded state itself comes with the loaded state's fingerprint and bytes.
     */
    void successor(int step, long fp, byte[] bytes, int off, int len);
}
