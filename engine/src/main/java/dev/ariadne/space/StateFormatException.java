package dev.ariadne.space;

/** Bytes given to a {@link Cursor} that are no state of its space (a damaged or foreign snapshot). */
public final class StateFormatException extends RuntimeException {
    public StateFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
