package dev.ariadne.vm;

/** Receives what running steps yields. */
public interface StepSink {
    /**
     * Called once for every branch of a step that reaches its end. During the call the
     * machine's {@link Machine#globalCount() globals} and {@link Machine#proc processes}
     * are the successor state; they are only valid until the call returns.
     */
    void successor(int stepId);
}
