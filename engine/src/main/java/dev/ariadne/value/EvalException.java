package dev.ariadne.value;

/**
 * A runtime error of the model (a type error, a missing key, an overflow...), raised by
 * value operations without a location; the VM adds the location and the traceback.
 */
public final class EvalException extends RuntimeException {
    public EvalException(String message) {
        super(message, null, false, false);
    }
}
